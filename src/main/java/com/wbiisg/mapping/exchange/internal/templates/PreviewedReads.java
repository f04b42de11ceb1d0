package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.util.unit.DataSize;

/**
 * What the preview read from an uploaded file, kept in memory for its confirmation, so
 * that confirming a large workbook does not parse it a second time (for 50,000 rows that
 * was about 2 s of a confirmation of 6). A kept reading is handed out once, and only
 * while the file still has the SHA-256 digest it had before the preview read it;
 * otherwise the confirmation reads the file again. It holds only what the file says:
 * everything that depends on who confirms or on the current data is checked again at
 * confirmation. Readings are kept within a budget of memory, by the size their reader
 * estimates, and for at most {@link #KEPT_FOR}.
 *
 * @param <T> what the reading produced
 */
final class PreviewedReads<T> {

	/**
	 * How long a reading waits for its confirmation; a user who confirms later waits for
	 * the file to be read again.
	 */
	static final Duration KEPT_FOR = Duration.ofMinutes(30);

	private final long budgetKb;

	private final Cache<Path, Kept<T>> kept;

	/**
	 * @param budget the most memory all kept readings may take; zero keeps none
	 */
	PreviewedReads(DataSize budget) {
		this.budgetKb = budget.toKilobytes();
		this.kept = Caffeine.newBuilder()
			.maximumWeight(this.budgetKb)
			.weigher((Path path, Kept<T> reading) -> reading.sizeKb())
			.expireAfterWrite(KEPT_FOR)
			.executor(Runnable::run)
			.build();
	}

	private record Kept<T>(String digest, T reading, int sizeKb) {
	}

	/**
	 * The digest of the file's content, to be taken before the file is read.
	 */
	static String digest(Path file) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Keeps the reading of the file that had that digest before it was read, unless it
	 * alone is larger than the budget.
	 * @param size what the reading takes in memory, as estimated by its reader
	 */
	void keep(Path file, String digest, T reading, DataSize size) {
		long sizeKb = Math.max(1, size.toKilobytes());
		if (sizeKb <= this.budgetKb) {
			this.kept.put(file, new Kept<>(digest, reading, (int) sizeKb));
		}
	}

	/**
	 * The reading kept for the file, removed from the kept ones, when the file is still
	 * the one that was read.
	 */
	Optional<T> take(Path file) {
		Kept<T> reading = this.kept.asMap().remove(file);
		if (reading == null || !Files.isRegularFile(file) || !reading.digest().equals(digest(file))) {
			return Optional.empty();
		}
		return Optional.of(reading.reading());
	}

}
