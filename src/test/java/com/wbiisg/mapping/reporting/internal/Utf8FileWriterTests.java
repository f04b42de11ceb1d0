package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer of the workbook's sheets writes what the JDK's UTF-8 encoder writes, however
 * the text is cut into pieces, a surrogate pair across two pieces included, and writes a
 * lone half of a pair as a question mark.
 */
class Utf8FileWriterTests {

	private static final String TEXT = "Need <1> & \"Kosovo*\" – Обука č ć š ž đ ë € \uD83D\uDE00 end";

	@Test
	void writesUtf8AsTheJdkDoesInWhateverPieces() throws IOException {
		for (int cut = 0; cut <= TEXT.length(); cut++) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (Utf8FileWriter writer = new Utf8FileWriter(bytes)) {
				writer.write(TEXT, 0, cut);
				writer.write(TEXT.toCharArray(), cut, TEXT.length() - cut);
			}
			assertThat(bytes.toByteArray()).as("cut at %d", cut).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void writesMoreThanItsBufferHolds() throws IOException {
		String long1 = "ë€".repeat(50_000);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Utf8FileWriter writer = new Utf8FileWriter(bytes)) {
			for (char c : long1.toCharArray()) {
				writer.write(c);
			}
		}
		assertThat(bytes.toByteArray()).isEqualTo(long1.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void writesALoneHalfOfASurrogatePairAsAQuestionMark() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Utf8FileWriter writer = new Utf8FileWriter(bytes)) {
			writer.write("a\uD83Db\uDE00c\uD83D");
		}
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
	}

}
