package com.wbiisg.mapping.shared;

/**
 * The one rule for text written into a spreadsheet (CSV or XLSX): text that a spreadsheet
 * would run as a formula or command, that is text starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, gets a leading apostrophe and stays
 * text.
 */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	public static String neutralised(String text) {
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
