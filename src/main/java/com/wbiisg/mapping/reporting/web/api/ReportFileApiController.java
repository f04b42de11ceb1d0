package com.wbiisg.mapping.reporting.web.api;

import com.wbiisg.mapping.reporting.ReportDownloads;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report draft as PDF and XLSX for scripts, made for the caller: restricted needs in
 * full only for those who may see them.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportFileApiController {

	private final ReportDownloads downloads;

	ReportFileApiController(ReportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<Resource> pdf(@PathVariable long id) {
		return this.downloads.pdf(id).toResponse();
	}

	@GetMapping("/{id}.xlsx")
	ResponseEntity<Resource> xlsx(@PathVariable long id) {
		return this.downloads.xlsx(id).toResponse();
	}

}
