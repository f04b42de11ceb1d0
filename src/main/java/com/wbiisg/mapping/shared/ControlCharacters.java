package com.wbiisg.mapping.shared;

import java.util.Locale;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The control characters that no text of the platform holds: every character of Unicode's
 * control category (U+0000 to U+001F and U+007F to U+009F) but tab, line feed and
 * carriage return. PostgreSQL cannot store U+0000 at all, and the others have no place in
 * a title, a description or a search and break files that are made from them.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Where the first refused character of the text is, or -1 where there is none.
	 */
	public static int indexIn(@Nullable CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The problem of a field whose value holds a refused character, or null.
	 */
	public static @Nullable FieldProblem problem(String field, @Nullable CharSequence value) {
		int at = indexIn(value);
		return (at < 0) ? null : new FieldProblem(field,
				UserText.of("shared.controlCharacter", code(value.charAt(at)), String.valueOf(at + 1)));
	}

	/**
	 * Says which character is where, in words a user understands, to follow the name of
	 * what holds it: "holds the control character U+0000 at position 2; …".
	 */
	public static String describe(char character, int index) {
		return UserText.of("shared.controlCharacter.in", code(character), String.valueOf(index + 1)).english();
	}

	private static String code(char character) {
		return String.format(Locale.ROOT, "U+%04X", (int) character);
	}

	private static boolean refused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

}
