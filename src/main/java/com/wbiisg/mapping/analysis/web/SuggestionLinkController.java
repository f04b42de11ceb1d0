package com.wbiisg.mapping.analysis.web;

import java.util.List;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.Projects;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-click link of a suggestion: links the project to the need as partial coverage
 * (the project's page refines coverage and share), under the usual link rules, and goes
 * back to the page the suggestion was on with a message or the reasons it was refused.
 */
@Controller
class SuggestionLinkController {

	static final String PROJECT_EDITORS = "hasAnyRole('SECRETARIAT','PARTNER_FOCAL_POINT')";

	static final String LINKED = "analysis.suggestions.linked";

	private final Projects projects;

	SuggestionLinkController(Projects projects) {
		this.projects = projects;
	}

	@PostMapping("/suggestions/links")
	@PreAuthorize(PROJECT_EDITORS)
	String link(@RequestParam(required = false) @Nullable Long projectId,
			@RequestParam(required = false) @Nullable Long needId, @RequestParam(defaultValue = "need") String from,
			RedirectAttributes redirect) {
		if (projectId == null || needId == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name the project and the need to link.");
		}
		try {
			this.projects.link(projectId, needId, Coverage.PARTIAL);
			redirect.addFlashAttribute("flashKey", LINKED);
		}
		catch (InvalidInputException ex) {
			List<String> reasons = ex.problems().stream().map(InvalidInputException.FieldProblem::message).toList();
			redirect.addFlashAttribute("suggestionLinkErrors", reasons);
		}
		return "project".equals(from) ? "redirect:/projects/" + projectId : "redirect:/needs/" + needId;
	}

}
