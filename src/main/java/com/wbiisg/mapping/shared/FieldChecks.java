package com.wbiisg.mapping.shared;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks of free-text fields that collect every problem before failing.
 */
public final class FieldChecks {

	private FieldChecks() {
	}

	public static @Nullable String required(List<FieldProblem> problems, String field, @Nullable String value,
			int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, UserText.of("shared.field.required")));
			return null;
		}
		return optional(problems, field, value, max);
	}

	public static @Nullable String optional(List<FieldProblem> problems, String field, @Nullable String value,
			int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			problems.add(new FieldProblem(field, UserText.of("shared.field.tooLong", String.valueOf(max))));
		}
		return trimmed;
	}

	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
