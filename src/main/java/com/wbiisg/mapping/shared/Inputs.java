package com.wbiisg.mapping.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a field as a trimmed text, an enumeration value (in any case, '-' and
 * ' ' as '_'), an ISO date or an amount (',' and ' ' left out). The constraints of
 * {@code shared.validation} check the text with the same readings, so a record that
 * passed them reads without failing; blank text reads as absent.
 */
public final class Inputs {

	private Inputs() {
	}

	/**
	 * The text trimmed, or null when it is blank.
	 */
	public static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * The constant the text names, or null when it is blank or names none.
	 */
	public static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.trim().replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(wanted)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * The problem of a text that names no constant of {@code type}: the text and the
	 * names it may take.
	 */
	public static UserText unknownValue(Class<? extends Enum<?>> type, String value) {
		return UserText.of("shared.field.unknownValue", value.trim(), names(type));
	}

	/**
	 * The constant a request parameter names, failing at once with the field named when
	 * it names none; null when it is blank.
	 */
	public static <E extends Enum<E>> @Nullable E enumValue(String field, @Nullable String value, Class<E> type) {
		E constant = enumOf(type, value);
		if (constant == null && value != null && !value.isBlank()) {
			throw new InvalidInputException(field, unknownValue(type, value));
		}
		return constant;
	}

	/**
	 * The date, or null when the text is blank.
	 * @throws DateTimeParseException when it is not an ISO date
	 */
	public static @Nullable LocalDate date(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : LocalDate.parse(value.trim());
	}

	/**
	 * The amount, or null when the text is blank.
	 * @throws NumberFormatException when it is not a number
	 */
	public static @Nullable BigDecimal amount(@Nullable String value) {
		return (value == null || value.isBlank()) ? null
				: new BigDecimal(value.trim().replace(",", "").replace(" ", ""));
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
