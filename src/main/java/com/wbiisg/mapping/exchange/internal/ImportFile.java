package com.wbiisg.mapping.exchange.internal;

import java.nio.file.Path;
import java.util.Map;

import com.wbiisg.mapping.identity.CurrentUser;

/**
 * An uploaded file as the job runner keeps it until the import is confirmed or dropped.
 *
 * @param path where the uploaded bytes lie, under the data directory
 * @param originalName the file name the browser sent, for messages only
 * @param uploader who uploaded it
 * @param parameters the other form fields of the upload (for example {@code cycle},
 * {@code partner}), as sent
 */
public record ImportFile(Path path, String originalName, CurrentUser uploader, Map<String, String> parameters) {

	public ImportFile {
		parameters = Map.copyOf(parameters);
	}

}
