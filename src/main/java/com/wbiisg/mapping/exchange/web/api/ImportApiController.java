package com.wbiisg.mapping.exchange.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.wbiisg.mapping.exchange.ErrorWorkbookDownload;
import com.wbiisg.mapping.exchange.FileTooLargeException;
import com.wbiisg.mapping.exchange.ImportManagement;
import com.wbiisg.mapping.exchange.JobView;
import com.wbiisg.mapping.exchange.UnknownImportKindException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Uploads to import and their jobs: {@code POST /imports} answers 202 with the job id at
 * once; the preview is read in the background, {@code GET /jobs/{id}} shows how far it
 * got, and {@code POST /imports/{jobId}/confirm} imports the file. {@code GET /jobs/{id}}
 * shows export jobs as well ({@link ExportJobApiController}).
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportManagement jobs;

	ImportApiController(ImportManagement jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/imports")
	ResponseEntity<Map<String, Long>> upload(@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam Map<String, String> parameters) throws IOException {
		ImportManagement.ensureMayImport();
		if (file == null || file.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					UserText.of("exchange.import.fileMissing").in(LocaleContextHolder.getLocale()));
		}
		return accepted(() -> this.jobs.submit(kind, file, new HashMap<>(parameters)));
	}

	/**
	 * The same with the file as the request's body ({@code application/xml} for an IATI
	 * file, which is read while it arrives), named by the body's
	 * {@code Content-Disposition}; the other fields are parameters of the query.
	 */
	@PostMapping(path = "/imports", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE, XLSX })
	ResponseEntity<Map<String, Long>> receive(@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam Map<String, String> parameters,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) @Nullable String disposition,
			HttpServletRequest request) throws IOException {
		ImportManagement.ensureMayImport();
		InputStream body = request.getInputStream();
		return accepted(() -> this.jobs.submit(kind, fileName(disposition), new HashMap<>(parameters), body,
				request.getContentLengthLong()));
	}

	/**
	 * 202 with the job of the upload, or the refusal the caller can act on.
	 */
	private static ResponseEntity<Map<String, Long>> accepted(Supplier<JobView> upload) {
		JobView job;
		try {
			job = upload.get();
		}
		catch (UnknownImportKindException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.text().in(LocaleContextHolder.getLocale()));
		}
		catch (FileTooLargeException ex) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
					ex.text().in(LocaleContextHolder.getLocale()));
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/jobs/" + job.id()))
			.body(Map.of("jobId", job.id()));
	}

	private static @Nullable String fileName(@Nullable String disposition) {
		if (disposition == null || disposition.isBlank()) {
			return null;
		}
		try {
			return ContentDisposition.parse(disposition).getFilename();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The caller's latest jobs, imports and exports.
	 */
	@GetMapping("/jobs")
	List<JobResponse> mine() {
		return this.jobs.mine(50).stream().map(JobResponse::of).toList();
	}

	@GetMapping("/jobs/{id}")
	JobResponse job(@PathVariable long id) {
		return JobResponse.of(this.jobs.job(id));
	}

	@PostMapping("/imports/{jobId}/confirm")
	ResponseEntity<JobResponse> confirm(@PathVariable long jobId) {
		JobView job = this.jobs.confirm(jobId);
		return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + jobId)).body(JobResponse.of(job));
	}

	@GetMapping("/jobs/{id}/errors.xlsx")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		ErrorWorkbookDownload download = this.jobs.errorWorkbook(id);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(download.fileName()).build().toString());
		this.jobs.writeErrorWorkbook(download, response.getOutputStream());
	}

}
