package com.wbiisg.mapping.exchange.web.api;

import java.io.IOException;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.ExportManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports (API.md "Exchange"): needs, projects and links as CSV with a row of HXL
 * hashtags, and projects as an IATI 2.03 activities file, each of what the caller may
 * see, streamed as it is read. The same downloads answer under {@code /exports/} to the
 * signed-in pages (the buttons of the needs and projects lists), where the session
 * authenticates. Long exports can also run as jobs ({@link ExportJobApiController}).
 * <p>
 * The file is written on the request's own thread. Handed to another thread (a
 * {@code StreamingResponseBody}), it raced Spring Security's header writer, which writes
 * the security headers on the request thread as it leaves the filter chain while the
 * other thread commits the response (spring-security#9175): headers written twice at
 * once, which failed a request now and then.
 */
@RestController
class ExportApiController {

	private final ExportManagement exports;

	ExportApiController(ExportManagement exports) {
		this.exports = exports;
	}

	@GetMapping({ "/api/v1/exports/needs.csv", "/exports/needs.csv" })
	void needs(HttpServletResponse response) throws IOException {
		download(ExportKind.NEEDS_CSV, response);
	}

	@GetMapping({ "/api/v1/exports/projects.csv", "/exports/projects.csv" })
	void projects(HttpServletResponse response) throws IOException {
		download(ExportKind.PROJECTS_CSV, response);
	}

	@GetMapping({ "/api/v1/exports/links.csv", "/exports/links.csv" })
	void links(HttpServletResponse response) throws IOException {
		download(ExportKind.LINKS_CSV, response);
	}

	@GetMapping({ "/api/v1/exports/projects.iati.xml", "/exports/projects.iati.xml" })
	void iati(HttpServletResponse response) throws IOException {
		download(ExportKind.PROJECTS_IATI, response);
	}

	private void download(ExportKind kind, HttpServletResponse response) throws IOException {
		response.setContentType(kind.mediaType().toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(kind.fileName()).build().toString());
		this.exports.write(kind, response.getOutputStream());
	}

}
