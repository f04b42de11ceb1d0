package com.wbiisg.mapping.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for users: a key of the message bundles and its arguments. It is put into words
 * where it is shown, in the reader's language (it is a {@link MessageSourceResolvable}
 * for Spring's message source and for a form's errors), and in English where it is kept
 * or logged ({@link #english()}).
 */
public record UserText(String key, List<Object> arguments) implements MessageSourceResolvable {

	/**
	 * Whole numbers are kept as their digits: here they are ids, limits, positions and
	 * versions, which a message format would group ("999,999").
	 */
	public UserText {
		arguments = Collections.unmodifiableList(Arrays.asList(arguments.stream()
			.map((argument) -> (argument instanceof Long || argument instanceof Integer || argument instanceof Short)
					? argument.toString() : argument)
			.toArray()));
	}

	/**
	 * The text of {@code key}, its placeholders {@code {0}}, {@code {1}} … filled with
	 * {@code arguments} in order.
	 */
	public static UserText of(String key, Object... arguments) {
		return new UserText(key, Arrays.asList(arguments));
	}

	/**
	 * The text in English, the default language: for what is kept (a job's errors) and
	 * for logs.
	 */
	public String english() {
		return in(Locale.ENGLISH);
	}

	public String in(Locale locale) {
		return MessageBundles.text(this, locale);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

	@Override
	public String toString() {
		return english();
	}

}
