package com.wbiisg.mapping.exchange.web.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.wbiisg.mapping.exchange.internal.CsvExports;
import com.wbiisg.mapping.exchange.internal.IatiExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports (API.md "Exchange"): needs, projects and links as CSV with a row of HXL
 * hashtags, and projects as an IATI 2.03 activities file, each of what the caller may
 * see, streamed as it is read. The same downloads answer under {@code /exports/} to the
 * signed-in pages (the buttons of the needs and projects lists), where the session
 * authenticates.
 */
@RestController
class ExportApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CsvExports csv;

	private final IatiExport iati;

	ExportApiController(CsvExports csv, IatiExport iati) {
		this.csv = csv;
		this.iati = iati;
	}

	@GetMapping({ "/api/v1/exports/needs.csv", "/exports/needs.csv" })
	ResponseEntity<StreamingResponseBody> needs() {
		return csv("needs.csv", this.csv::needs);
	}

	@GetMapping({ "/api/v1/exports/projects.csv", "/exports/projects.csv" })
	ResponseEntity<StreamingResponseBody> projects() {
		return csv("projects.csv", this.csv::projects);
	}

	@GetMapping({ "/api/v1/exports/links.csv", "/exports/links.csv" })
	ResponseEntity<StreamingResponseBody> links() {
		return csv("links.csv", this.csv::links);
	}

	@GetMapping({ "/api/v1/exports/projects.iati.xml", "/exports/projects.iati.xml" })
	ResponseEntity<StreamingResponseBody> iati() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("projects.iati.xml"))
			.body(this.iati::write);
	}

	private static ResponseEntity<StreamingResponseBody> csv(String name, Consumer<Writer> export) {
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			export.accept(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
			.body(body);
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}

}
