package com.wbiisg.mapping.reporting.web;

import com.wbiisg.mapping.reporting.ReportDownloads;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The downloads of the report page: the draft as PDF and XLSX for whoever reads the page
 * (observers too, for published drafts), made from what that reader may see.
 */
@Controller
class ReportFilePageController {

	private final ReportDownloads downloads;

	ReportFilePageController(ReportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/reports/{id}.pdf")
	ResponseEntity<Resource> pdf(@PathVariable long id) {
		return this.downloads.pdf(id).toResponse();
	}

	@GetMapping("/reports/{id}.xlsx")
	ResponseEntity<Resource> xlsx(@PathVariable long id) {
		return this.downloads.xlsx(id).toResponse();
	}

}
