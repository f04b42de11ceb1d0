package com.wbiisg.mapping.exchange.web.api;

import java.net.URI;
import java.util.Map;

import com.wbiisg.mapping.exchange.ExportDownload;
import com.wbiisg.mapping.exchange.ExportManagement;
import com.wbiisg.mapping.exchange.JobView;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports as jobs (API.md "Exchange"): {@code POST /exports} answers 202 with the job id
 * at once and writes the file in the background, {@code GET /jobs/{id}} shows how far it
 * got, and {@code GET /jobs/{id}/file} downloads the file when it is done.
 */
@RestController
class ExportJobApiController {

	private final ExportManagement jobs;

	ExportJobApiController(ExportManagement jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/api/v1/exports")
	ResponseEntity<Map<String, Long>> start(@RequestBody(required = false) @Nullable ExportRequest request) {
		JobView job = this.jobs.start((request == null) ? null : request.kind());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/jobs/" + job.id()))
			.body(Map.of("jobId", job.id()));
	}

	@GetMapping("/api/v1/jobs/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id) {
		ExportDownload download = this.jobs.file(id);
		return ResponseEntity.ok()
			.contentType(download.kind().mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
			.body(new FileSystemResource(download.file()));
	}

	/**
	 * The export to start: its {@code kind}, one of {@code needs-csv},
	 * {@code projects-csv}, {@code links-csv}, {@code projects-iati}.
	 */
	record ExportRequest(@Nullable String kind) {
	}

}
