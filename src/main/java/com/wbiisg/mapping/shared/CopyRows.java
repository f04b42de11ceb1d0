package com.wbiisg.mapping.shared;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, for
 * {@link DatabaseRepository#copyIn}: columns separated by tabs, rows by line feeds,
 * {@code \N} for null, and the backslash, tab, line feed and carriage return escaped with
 * a backslash so that text holding them stays one value. Values are written as the
 * server's input functions read them: enums by name, amounts without exponent, instants
 * and dates in ISO 8601, booleans as {@code true} and {@code false}.
 */
public final class CopyRows {

	private final StringBuilder text;

	private int rows;

	private boolean rowStarted;

	/**
	 * @param expectedChars about how much text the rows make, so the buffer is not grown
	 * again and again
	 */
	public CopyRows(int expectedChars) {
		this.text = new StringBuilder(expectedChars);
	}

	/**
	 * Adds the next value of the current row.
	 */
	public CopyRows add(@Nullable Object value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
		}
		else if (value instanceof Enum<?> constant) {
			this.text.append(constant.name());
		}
		else if (value instanceof BigDecimal amount) {
			this.text.append(amount.toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			this.text.append(value);
		}
		else {
			escape(value.toString());
		}
		return this;
	}

	/**
	 * Adds the next value of the current row, without boxing it.
	 */
	public CopyRows add(long value) {
		separate();
		this.text.append(value);
		return this;
	}

	/**
	 * Ends the current row.
	 */
	public CopyRows end() {
		this.text.append('\n');
		this.rowStarted = false;
		this.rows++;
		return this;
	}

	/**
	 * The rows ended so far.
	 */
	public int rows() {
		return this.rows;
	}

	/**
	 * The characters written so far.
	 */
	public int length() {
		return this.text.length();
	}

	Reader reader() {
		return new StringReader(this.text.toString());
	}

	/**
	 * The rows ended so far in UTF-8, the client encoding of the platform's connections,
	 * taken out: the rows that follow start an empty text.
	 */
	byte[] take() {
		if (this.rowStarted) {
			throw new IllegalStateException("A row is not ended.");
		}
		byte[] bytes = this.text.toString().getBytes(StandardCharsets.UTF_8);
		this.text.setLength(0);
		return bytes;
	}

	private void separate() {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
	}

	private void escape(String value) {
		int first = 0;
		while (first < value.length() && !special(value.charAt(first))) {
			first++;
		}
		// most values hold no character to escape: they go in at once
		this.text.append(value, 0, first);
		for (int i = first; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

	private static boolean special(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r';
	}

}
