package com.wbiisg.mapping.exchange.web.api;

import com.wbiisg.mapping.exchange.internal.exports.ExportKind;
import com.wbiisg.mapping.exchange.internal.exports.ExportProgress;
import com.wbiisg.mapping.exchange.internal.exports.ExportWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports (API.md "Exchange"): needs, projects and links as CSV with a row of HXL
 * hashtags, and projects as an IATI 2.03 activities file, each of what the caller may
 * see, streamed as it is read. The same downloads answer under {@code /exports/} to the
 * signed-in pages (the buttons of the needs and projects lists), where the session
 * authenticates. Long exports can also run as jobs ({@link ExportJobApiController}).
 */
@RestController
class ExportApiController {

	private final ExportWriter exports;

	ExportApiController(ExportWriter exports) {
		this.exports = exports;
	}

	@GetMapping({ "/api/v1/exports/needs.csv", "/exports/needs.csv" })
	ResponseEntity<StreamingResponseBody> needs() {
		return download(ExportKind.NEEDS_CSV);
	}

	@GetMapping({ "/api/v1/exports/projects.csv", "/exports/projects.csv" })
	ResponseEntity<StreamingResponseBody> projects() {
		return download(ExportKind.PROJECTS_CSV);
	}

	@GetMapping({ "/api/v1/exports/links.csv", "/exports/links.csv" })
	ResponseEntity<StreamingResponseBody> links() {
		return download(ExportKind.LINKS_CSV);
	}

	@GetMapping({ "/api/v1/exports/projects.iati.xml", "/exports/projects.iati.xml" })
	ResponseEntity<StreamingResponseBody> iati() {
		return download(ExportKind.PROJECTS_IATI);
	}

	private ResponseEntity<StreamingResponseBody> download(ExportKind kind) {
		return ResponseEntity.ok()
			.contentType(kind.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(kind.fileName()).build().toString())
			.body((out) -> this.exports.write(kind, out, ExportProgress.NONE));
	}

}
