package com.wbiisg.mapping.reporting.web.api;

import java.util.List;

import com.wbiisg.mapping.reporting.PublicReport;
import com.wbiisg.mapping.reporting.PublicReports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public part of the published reports, for anyone without signing in: aggregates and
 * the publicly listed projects, no needs.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
class PublicReportApiController {

	private final PublicReports reports;

	PublicReportApiController(PublicReports reports) {
		this.reports = reports;
	}

	@GetMapping
	List<PublicReport> list() {
		return this.reports.list();
	}

	@GetMapping("/{id}")
	PublicReport get(@PathVariable long id) {
		return this.reports.get(id);
	}

}
