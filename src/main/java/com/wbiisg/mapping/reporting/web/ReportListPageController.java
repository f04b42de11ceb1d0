package com.wbiisg.mapping.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportDrafts;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports: every draft the reader may read, grouped by report (observers see the
 * published ones), and for the Secretariat the form that generates the next draft of a
 * Needs Mapping Report or a Response Mapping Report.
 */
@Controller
class ReportListPageController {

	static final String LIST = "reporting/list";

	private final ReportDrafts drafts;

	private final ReportPageSupport support;

	private final Clock clock;

	ReportListPageController(ReportDrafts drafts, ReportPageSupport support, Clock clock) {
		this.drafts = drafts;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String kind, Model model) {
		// An unknown kind in the address filters nothing, as an empty one does.
		ReportKind chosen = Inputs.enumOf(ReportKind.class, kind);
		model.addAttribute("reports", this.support.reports(this.drafts.list(initiative, chosen)));
		model.addAttribute("initiative", (initiative == null) ? "" : initiative);
		model.addAttribute("kind", (chosen == null) ? "" : chosen.name());
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("initiatives", this.support.initiatives());
		model.addAttribute("cycles", this.support.cycles());
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("years", IntStream.rangeClosed(2021, year + 1).boxed().sorted((a, b) -> b - a).toList());
		if (!model.containsAttribute("generate")) {
			model.addAttribute("generate", new GenerateForm(null, null, null, year - 1));
		}
		return LIST;
	}

	@PostMapping("/reports")
	@PreAuthorize(ReportPageSupport.SECRETARIAT)
	String generate(@ModelAttribute("generate") GenerateForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			ReportKind kind = Inputs.enumValue("kind", form.kind(), ReportKind.class);
			ReportDraftView draft = this.drafts.generate(kind, form.initiative(),
					(kind == ReportKind.NEEDS_MAPPING) ? form.cycleId() : null,
					(kind == ReportKind.RESPONSE_MAPPING) ? form.year() : null);
			redirect.addFlashAttribute("flashKey", "reporting.flash.generated");
			return "redirect:/reports/" + draft.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return list(null, null, model);
		}
	}

	/**
	 * The generate form: a Needs Mapping Report names its cycle, a Response Mapping
	 * Report its initiative and year.
	 */
	record GenerateForm(@Nullable String kind, @Nullable String initiative, @Nullable Long cycleId,
			@Nullable Integer year) {
	}

}
