package com.wbiisg.mapping.exchange.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.wbiisg.mapping.exchange.FileTooLargeException;
import com.wbiisg.mapping.exchange.UnknownImportKindException;
import com.wbiisg.mapping.exchange.internal.Arrival;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Uploads sent as the request's body rather than as a form's file: the file is kept as it
 * arrives, and a file whose preview reads it from start to end (an IATI file) is read
 * while it arrives, so that uploading and reading take the time of the slower of the two
 * rather than both. No transaction is held while the body arrives: the job is committed
 * first, so that its worker finds it.
 */
@Service
public class StreamedUploads {

	private static final int CHUNK = 64 * 1024;

	private final ImportJobs jobs;

	private final ImportStorage storage;

	private final ExchangeProperties properties;

	StreamedUploads(ImportJobs jobs, ImportStorage storage, ExchangeProperties properties) {
		this.jobs = jobs;
		this.storage = storage;
		this.properties = properties;
	}

	/**
	 * Keeps the body as the file of a new import job and queues the reading of its
	 * preview, at once for a kind read while it arrives.
	 * @param announcedSize the body's length as its request announced it, or {@code -1}
	 * @throws UnknownImportKindException when no importer reads that kind of file
	 * @throws FileTooLargeException when the body is, or turns out to be, over the limit
	 * @throws UncheckedIOException when the body broke off; the job, if there is one,
	 * fails
	 */
	public ImportJob receive(@Nullable String kind, @Nullable String originalName, Map<String, String> parameters,
			InputStream body, long announcedSize) {
		ImportJobs.ensureMayImport();
		String known = this.jobs.known(kind);
		long limit = this.properties.maxUploadSize().toBytes();
		if (announcedSize > limit) {
			throw new FileTooLargeException(limit);
		}
		Path file = this.storage.newFile();
		if (!this.jobs.readsWhileArriving(known)) {
			try {
				copy(body, file, limit, null);
			}
			catch (IOException | RuntimeException ex) {
				this.storage.delete(file.toString());
				throw unchecked(ex);
			}
			return this.jobs.register(known, originalName, parameters, file, null);
		}
		Arrival arrival = new Arrival(file, announcedSize);
		ImportJob job = this.jobs.register(known, originalName, parameters, file, arrival);
		try {
			copy(body, file, limit, arrival);
			arrival.whole();
			return job;
		}
		catch (FileTooLargeException ex) {
			brokeOff(arrival, file, ex.text().english());
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			brokeOff(arrival, file, UserText.of("exchange.import.brokeOff").english());
			throw unchecked(ex);
		}
	}

	/**
	 * Fails the reader of the file with the reason, and deletes what arrived of it.
	 */
	private void brokeOff(Arrival arrival, Path file, String reason) {
		arrival.brokeOff(reason);
		this.storage.delete(file.toString());
	}

	/**
	 * Writes the body to the file, telling the arrival of each piece; once its reader has
	 * stopped, the rest is read and dropped, so that the connection stays usable.
	 */
	private static void copy(InputStream body, Path file, long limit, @Nullable Arrival arrival) throws IOException {
		byte[] buffer = new byte[CHUNK];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
				total += n;
				if (total > limit) {
					throw new FileTooLargeException(limit);
				}
				if (arrival != null && arrival.abandoned()) {
					continue;
				}
				out.write(buffer, 0, n);
				if (arrival != null) {
					out.flush();
					arrival.received(n);
				}
			}
		}
	}

	private static RuntimeException unchecked(Exception ex) {
		return (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
	}

}
