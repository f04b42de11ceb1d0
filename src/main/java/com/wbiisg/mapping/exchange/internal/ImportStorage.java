package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files under the imports directory until their import is done, under a
 * random name (the name the browser sent is only shown, never used as a path).
 */
@Component
class ImportStorage {

	private static final Logger log = LoggerFactory.getLogger(ImportStorage.class);

	private final ExchangeProperties properties;

	ImportStorage(ExchangeProperties properties) {
		this.properties = properties;
	}

	/**
	 * Copies the upload, refusing it when it is larger than the limit.
	 * @throws FileTooLargeException when it is
	 */
	Path store(InputStream in) {
		long limit = this.properties.maxUploadSize().toBytes();
		try {
			Path directory = this.properties.importsDirectory();
			Files.createDirectories(directory);
			Path file = directory.resolve(UUID.randomUUID() + ".upload");
			long copied = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(file)) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					copied += read;
					if (copied > limit) {
						out.close();
						Files.deleteIfExists(file);
						throw new FileTooLargeException(limit);
					}
					out.write(buffer, 0, read);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String path) {
		try {
			Files.deleteIfExists(Path.of(path));
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded file {}: {}", path, ex.getMessage());
		}
	}

}
