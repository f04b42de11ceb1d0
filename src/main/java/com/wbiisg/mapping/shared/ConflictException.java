package com.wbiisg.mapping.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A request that clashes with the record's state: a stale version, a frozen record, an
 * illegal transition. Answers 409 and changes nothing.
 */
public class ConflictException extends RuntimeException {

	private final @Nullable UserText text;

	public ConflictException(String message) {
		super(message);
		this.text = null;
	}

	public ConflictException(UserText text) {
		super(text.english());
		this.text = text;
	}

	/**
	 * Why, in the reader's language.
	 */
	public String message(Locale locale) {
		return (this.text != null) ? this.text.in(locale) : String.valueOf(getMessage());
	}

	/**
	 * The record was changed by someone else since the client read it.
	 */
	public static ConflictException staleVersion(RecordType recordType, Object id, long expected, long actual) {
		return new ConflictException(UserText.of("shared.conflict.staleVersion", recordType.name(), String.valueOf(id),
				String.valueOf(expected), String.valueOf(actual)));
	}

}
