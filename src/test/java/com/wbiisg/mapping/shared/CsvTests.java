package com.wbiisg.mapping.shared;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
		StringWriter out = new StringWriter();
		new Csv(out).row("plain", "a, b", "say \"hi\"", "two\nlines", null, new BigDecimal("-5.50"));
		assertThat(out).hasToString("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,-5.50\r\n");
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
		StringWriter out = new StringWriter();
		new Csv(out).row("=HYPERLINK(\"x\")", "+1", "-cmd", "@SUM(A1)", "safe");
		assertThat(out).hasToString("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-cmd,'@SUM(A1),safe\r\n");
	}

}
