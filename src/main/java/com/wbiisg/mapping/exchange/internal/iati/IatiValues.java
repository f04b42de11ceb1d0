package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates and numbers of IATI attributes and texts, noting on the activity what
 * cannot be read instead of failing the file.
 */
final class IatiValues {

	private IatiValues() {
	}

	static @Nullable LocalDate date(IatiActivityBuilder activity, String column, @Nullable String given) {
		if (given == null) {
			return null;
		}
		try {
			// IATI dates are xsd:date; some publishers add a time or a zone.
			return isoDate((given.length() > 10) ? given.substring(0, 10) : given);
		}
		catch (DateTimeParseException ex) {
			activity.problem(column, UserText.of("exchange.iati.notDate", given));
			return null;
		}
	}

	/**
	 * Reads yyyy-mm-dd without a formatter, which is most of the time a reader spends on
	 * dates; anything else goes to {@link LocalDate#parse}.
	 */
	private static LocalDate isoDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day);
				}
				catch (DateTimeException ex) {
					throw new DateTimeParseException(ex.getMessage(), text, 0, ex);
				}
			}
		}
		return LocalDate.parse(text);
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	static @Nullable BigDecimal number(IatiActivityBuilder activity, String column, @Nullable String given) {
		if (given == null) {
			return null;
		}
		try {
			return new BigDecimal(given.replace("+", ""));
		}
		catch (NumberFormatException ex) {
			activity.problem(column, UserText.of("exchange.iati.notNumber", abbreviated(given)));
			return null;
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
