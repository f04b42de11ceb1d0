package com.wbiisg.mapping.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a request field as an enumeration value (in any case), a date or an
 * amount, collecting a problem that names the field instead of failing with a bare 400.
 */
public final class Inputs {

	private Inputs() {
	}

	public static <E extends Enum<E>> @Nullable E enumValue(List<FieldProblem> problems, String field,
			@Nullable String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.trim().replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(wanted)) {
				return constant;
			}
		}
		problems.add(new FieldProblem(field, UserText.of("shared.field.unknownValue", value.trim(),
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
		return null;
	}

	/**
	 * Like {@link #enumValue(List, String, String, Class)}, failing at once.
	 */
	public static <E extends Enum<E>> @Nullable E enumValue(String field, @Nullable String value, Class<E> type) {
		List<FieldProblem> problems = new ArrayList<>();
		E result = enumValue(problems, field, value, type);
		FieldChecks.throwIfAny(problems);
		return result;
	}

	public static @Nullable LocalDate date(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, UserText.of("shared.field.date")));
			return null;
		}
	}

	public static @Nullable BigDecimal amount(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim().replace(",", "").replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, UserText.of("shared.field.amount")));
			return null;
		}
	}

}
