package com.wbiisg.mapping.reporting.web;

import com.wbiisg.mapping.reporting.PublicReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public part of the published reports, for anyone without signing in: headline
 * figures, needs counted per partner and pillar, funding per funder and the publicly
 * listed projects. No need appears, by text or otherwise.
 */
@Controller
class PublicReportPageController {

	static final String LIST = "reporting/public-list";

	static final String REPORT = "reporting/public-report";

	private final PublicReports reports;

	PublicReportPageController(PublicReports reports) {
		this.reports = reports;
	}

	@GetMapping("/public/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.list());
		return LIST;
	}

	@GetMapping("/public/reports/{id}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.get(id));
		model.addAttribute("kosovoFootnoteInPage", true);
		return REPORT;
	}

}
