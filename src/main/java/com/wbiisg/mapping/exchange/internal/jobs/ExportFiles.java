package com.wbiisg.mapping.exchange.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Where export jobs write their files: the directory {@code exports} beside the imports
 * directory (by default {@code exports} under {@code iisg.data-dir}), each file under a
 * random name; its owner downloads it under the export's own name.
 */
@Component
class ExportFiles {

	private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

	private final Path directory;

	ExportFiles(ExchangeProperties properties) {
		this.directory = properties.importsDirectory().toAbsolutePath().resolveSibling("exports");
	}

	/**
	 * A new file for an export of the kind, not yet written.
	 */
	Path allocate(ExportKind kind) {
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.directory.resolve(UUID.randomUUID() + (kind.isCsv() ? ".csv" : ".xml"));
	}

	void delete(String path) {
		try {
			Files.deleteIfExists(Path.of(path));
		}
		catch (IOException ex) {
			log.warn("Could not delete the export file {}: {}", path, ex.getMessage());
		}
	}

}
