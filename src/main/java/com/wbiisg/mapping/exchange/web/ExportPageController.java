package com.wbiisg.mapping.exchange.web;

import com.wbiisg.mapping.exchange.ExportDownload;
import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.ExportManagement;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exports in the background from the pages: the buttons of the needs and projects lists
 * (and of the Exports page) start an export job and lead to its page, which shows its
 * progress (polled by htmx) and then the link to download the file; the Exports page
 * lists the member's latest export jobs, to come back to them.
 */
@Controller
class ExportPageController {

	static final String EXPORTS = "exchange/exports";

	static final String JOB = "exchange/export";

	static final int SHOWN_JOBS = 20;

	private final ExportManagement jobs;

	ExportPageController(ExportManagement jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/exports")
	String exports(Model model) {
		model.addAttribute("kinds", ExportKind.apiNames());
		model.addAttribute("jobs", this.jobs.mine(SHOWN_JOBS));
		return EXPORTS;
	}

	@PostMapping("/exports")
	String start(@RequestParam(name = "kind", required = false) @Nullable String kind, RedirectAttributes redirect) {
		try {
			return "redirect:/exports/" + this.jobs.start(kind).id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("startError", "exchange.exports.unknownKind");
			return "redirect:/exports";
		}
	}

	@GetMapping("/exports/{id}")
	String job(@PathVariable long id, Model model) {
		ExportManagement.ExportDetails details = this.jobs.details(id);
		model.addAttribute("job", details.job());
		model.addAttribute("result", details.result());
		model.addAttribute("keptFor", this.jobs.keptFor());
		return JOB;
	}

	@GetMapping("/exports/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id) {
		ExportDownload download = this.jobs.file(id);
		return ResponseEntity.ok()
			.contentType(download.kind().mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
			.body(new FileSystemResource(download.file()));
	}

}
