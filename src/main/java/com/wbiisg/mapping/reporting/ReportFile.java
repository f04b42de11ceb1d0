package com.wbiisg.mapping.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report draft as a file to download, kept on disk.
 *
 * @param name the file name, such as
 * {@code needs-mapping-report-WBCTi-2021-2022-draft-2.pdf}
 * @param contentType the media type
 * @param path where the file is kept
 */
public record ReportFile(String name, String contentType, Path path) {

	public static final String PDF = "application/pdf";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * The bytes of the file.
	 */
	public byte[] content() {
		try {
			return Files.readAllBytes(this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file as the answer to a download, streamed from disk: an attachment with its
	 * name, never kept by a shared cache, as it is made for one audience of readers.
	 */
	public ResponseEntity<Resource> toResponse() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.name).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new FileSystemResource(this.path));
	}

}
