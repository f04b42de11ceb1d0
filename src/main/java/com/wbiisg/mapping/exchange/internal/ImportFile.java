package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.wbiisg.mapping.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as the job runner keeps it until the import is confirmed or dropped.
 *
 * @param path where the uploaded bytes lie, under the data directory
 * @param originalName the file name the browser sent, for messages only
 * @param uploader who uploaded it
 * @param parameters the other form fields of the upload (for example {@code cycle},
 * {@code partner}), as sent
 * @param arrival while the file is still being received, its arrival; {@code null} once
 * it is whole
 */
public record ImportFile(Path path, String originalName, CurrentUser uploader, Map<String, String> parameters,
		@Nullable Arrival arrival) {

	public ImportFile {
		parameters = Map.copyOf(parameters);
	}

	public ImportFile(Path path, String originalName, CurrentUser uploader, Map<String, String> parameters) {
		this(path, originalName, uploader, parameters, null);
	}

	/**
	 * The file's bytes, as they arrive while it is still being received.
	 */
	public InputStream open() throws IOException {
		return (this.arrival != null) ? this.arrival.open() : Files.newInputStream(this.path);
	}

	/**
	 * The file's size, or the size its upload announced while it is still being received
	 * ({@code -1} when it announced none).
	 */
	public long size() throws IOException {
		return (this.arrival != null) ? this.arrival.expectedSize() : Files.size(this.path);
	}

}
