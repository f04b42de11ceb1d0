package com.wbiisg.mapping.exchange;

import java.nio.file.Path;

import org.springframework.http.ContentDisposition;

/**
 * A finished export's file, with the kind that names it and gives its content type.
 *
 * @param file where the file lies
 * @param kind what it holds
 */
public record ExportDownload(Path file, ExportKind kind) {

	/**
	 * The {@code Content-Disposition} of the download: an attachment under the export's
	 * name.
	 */
	public String contentDisposition() {
		return ContentDisposition.attachment().filename(this.kind.fileName()).build().toString();
	}

}
