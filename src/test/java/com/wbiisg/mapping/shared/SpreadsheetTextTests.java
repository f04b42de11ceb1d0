package com.wbiisg.mapping.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a spreadsheet would run stays text: a leading =, +, -, @, tab or carriage return
 * gets an apostrophe, and nothing else changes.
 */
class SpreadsheetTextTests {

	@Test
	void neutralisesTextThatStartsLikeAFormula() {
		assertThat(SpreadsheetText.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(SpreadsheetText.neutralised("+1+1")).isEqualTo("'+1+1");
		assertThat(SpreadsheetText.neutralised("-2")).isEqualTo("'-2");
		assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void leavesOtherTextAsItIs() {
		assertThat(SpreadsheetText.neutralised("")).isEmpty();
		assertThat(SpreadsheetText.neutralised("Kosovo* = 1")).isEqualTo("Kosovo* = 1");
		assertThat(SpreadsheetText.neutralised("'=already")).isEqualTo("'=already");
	}

}
