package com.wbiisg.mapping.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes CSV as RFC 4180 defines it (comma separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes, quotes doubled), and neutralises text that
 * a spreadsheet would run as a formula ({@link SpreadsheetText}'s rule: a field starting
 * with =, +, -, @, tab or CR gets a leading apostrophe). Numbers are written as they are.
 */
public final class Csv {

	private final Writer out;

	public Csv(Writer out) {
		this.out = out;
	}

	public Csv row(List<?> fields) {
		try {
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(field(fields.get(i)));
			}
			this.out.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Csv row(Object... fields) {
		return row(Arrays.asList(fields));
	}

	static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = SpreadsheetText.neutralised(value.toString());
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
