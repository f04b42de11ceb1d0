package com.wbiisg.mapping.reporting.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report draft as a file to download.
 *
 * @param name the file name, such as
 * {@code needs-mapping-report-WBCTi-2021-2022-draft-2.pdf}
 * @param contentType the media type
 * @param content the bytes of the file
 */
public record ReportFile(String name, String contentType, byte[] content) {

	public static final String PDF = "application/pdf";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * The file as the answer to a download: an attachment with its name, never kept by a
	 * shared cache, as it is made for one reader.
	 */
	public ResponseEntity<byte[]> toResponse() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.name).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.content);
	}

}
