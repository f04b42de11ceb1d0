package com.wbiisg.mapping.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar text as RFC 5545 §3.1 and §3.3 want it: CRLF line ends, lines folded
 * at 75 octets (never inside a UTF-8 character) with a space at the start of each
 * continuation, TEXT values with backslash, semicolon, comma and line breaks escaped and
 * other control characters dropped, date-times in UTC and dates as {@code VALUE=DATE}.
 *
 * <p>
 * Written by hand rather than with ical4j, which would bring Groovy and a parser
 * combinator library to run time for the few properties the feeds need; the tests parse
 * every feed with ical4j.
 */
final class ICalendarText {

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringBuilder out = new StringBuilder();

	ICalendarText begin(String component) {
		return line("BEGIN:" + component);
	}

	ICalendarText end(String component) {
		return line("END:" + component);
	}

	/**
	 * A property whose value is written as given (no escaping), such as a number or a
	 * code.
	 */
	ICalendarText raw(String name, String value) {
		return line(name + ":" + value);
	}

	/**
	 * A property of type TEXT, escaped.
	 */
	ICalendarText text(String name, String value) {
		return line(name + ":" + escape(value));
	}

	ICalendarText utc(String name, Instant at) {
		return line(name + ":" + UTC.format(at));
	}

	ICalendarText date(String name, LocalDate day) {
		return line(name + ";VALUE=DATE:" + DATE.format(day));
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private ICalendarText line(String content) {
		this.out.append(fold(content)).append("\r\n");
		return this;
	}

	/**
	 * Escapes a TEXT value (RFC 5545 §3.3.11).
	 */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		String text = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Folds a content line so that no line is longer than 75 octets of UTF-8 (RFC 5545
	 * §3.1), breaking only between characters.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder(line.length() + 16);
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + width > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

}
