package com.wbiisg.mapping.exchange.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.wbiisg.mapping.exchange.FileTooLargeException;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

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
	 * Keeps the upload, refusing it when it is larger than the limit. The container wrote
	 * it into the imports directory's incoming folder ({@link UploadConfiguration}), so
	 * it is moved, not copied.
	 * @throws FileTooLargeException when it is
	 */
	Path store(MultipartFile upload) {
		long limit = this.properties.maxUploadSize().toBytes();
		if (upload.getSize() > limit) {
			throw new FileTooLargeException(limit);
		}
		try {
			Path directory = this.properties.importsDirectory().toAbsolutePath();
			Files.createDirectories(directory);
			Path file = directory.resolve(UUID.randomUUID() + ".upload");
			upload.transferTo(file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A new empty file under the imports directory, for an upload received as it comes.
	 */
	Path newFile() {
		try {
			Path directory = this.properties.importsDirectory().toAbsolutePath();
			Files.createDirectories(directory);
			return Files.createFile(directory.resolve(UUID.randomUUID() + ".upload"));
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
