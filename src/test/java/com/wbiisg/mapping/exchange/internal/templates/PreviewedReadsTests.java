package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readings a preview keeps for the confirmation: handed out once, only for the file
 * as it was read, within the budget of memory.
 */
class PreviewedReadsTests {

	private static final DataSize BUDGET = DataSize.ofMegabytes(100);

	@TempDir
	Path directory;

	@Test
	void handsTheReadingOfAnUnchangedFileOutOnce() throws IOException {
		Path file = upload("first", "the bytes of the workbook");
		PreviewedReads<String> reads = new PreviewedReads<>(BUDGET);
		reads.keep(file, PreviewedReads.digest(file), "50 rows", DataSize.ofMegabytes(50));

		assertThat(reads.take(file)).contains("50 rows");
		assertThat(reads.take(file)).isEmpty();
	}

	@Test
	void forgetsTheReadingWhenTheFileChangedSince() throws IOException {
		Path file = upload("changed", "the bytes of the workbook");
		PreviewedReads<String> reads = new PreviewedReads<>(BUDGET);
		reads.keep(file, PreviewedReads.digest(file), "50 rows", DataSize.ofMegabytes(50));
		Files.writeString(file, "other bytes of the same length");

		assertThat(reads.take(file)).isEmpty();
	}

	@Test
	void forgetsTheReadingWhenTheFileIsGone() throws IOException {
		Path file = upload("gone", "the bytes of the workbook");
		PreviewedReads<String> reads = new PreviewedReads<>(BUDGET);
		reads.keep(file, PreviewedReads.digest(file), "50 rows", DataSize.ofMegabytes(50));
		Files.delete(file);

		assertThat(reads.take(file)).isEmpty();
	}

	@Test
	void keepsReadingsOnlyWithinTheBudget() throws IOException {
		Path large = upload("large", "a large workbook");
		Path first = upload("first", "a workbook");
		Path second = upload("second", "another workbook");
		PreviewedReads<String> reads = new PreviewedReads<>(BUDGET);
		reads.keep(large, PreviewedReads.digest(large), "101 MB", DataSize.ofMegabytes(101));
		reads.keep(first, PreviewedReads.digest(first), "60 MB", DataSize.ofMegabytes(60));
		reads.keep(second, PreviewedReads.digest(second), "60 MB more", DataSize.ofMegabytes(60));

		assertThat(reads.take(large)).isEmpty();
		assertThat(reads.take(first).isPresent() && reads.take(second).isPresent()).isFalse();
	}

	@Test
	void keepsNothingWithoutABudget() throws IOException {
		Path file = upload("none", "the bytes of the workbook");
		PreviewedReads<String> reads = new PreviewedReads<>(DataSize.ofBytes(0));
		reads.keep(file, PreviewedReads.digest(file), "no rows", DataSize.ofBytes(0));

		assertThat(reads.take(file)).isEmpty();
	}

	private Path upload(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name + ".upload"), content);
	}

}
