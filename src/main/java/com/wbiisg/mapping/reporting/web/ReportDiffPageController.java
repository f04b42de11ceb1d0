package com.wbiisg.mapping.reporting.web;

import java.util.Map;

import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportComparison;
import com.wbiisg.mapping.reporting.ReportDiff;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportDrafts;
import com.wbiisg.mapping.reporting.ReportViews;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed between two drafts of a report, for the members before a meeting: needs
 * added, removed and changed field by field, coverage, figures and projects; with a
 * chooser of the draft to compare with.
 */
@Controller
@PreAuthorize(ReportPageSupport.MEMBERS)
class ReportDiffPageController {

	static final String DIFF = "reporting/diff";

	/**
	 * The message prefix of the values of the need fields that are codes, so the page
	 * shows "Validated" rather than VALIDATED.
	 */
	static final Map<String, String> VALUE_LABELS = Map.of("status", "needs.status.", "priority", "needs.priority.",
			"type", "needs.type.", "perspective", "needs.perspective.", "timeframe", "needs.timeframe.", "coverage",
			"analysis.coverage.", "restricted", "reporting.bool.", "overlapping", "reporting.bool.");

	private final ReportDrafts drafts;

	private final ReportComparison comparison;

	private final ReportViews views;

	private final ReportPageSupport support;

	ReportDiffPageController(ReportDrafts drafts, ReportComparison comparison, ReportViews views,
			ReportPageSupport support) {
		this.drafts = drafts;
		this.comparison = comparison;
		this.views = views;
		this.support = support;
	}

	/**
	 * The chooser's answer: the comparison with the draft chosen, or with the draft
	 * before this one when none is.
	 */
	@GetMapping("/reports/{id}/diff")
	String choose(@PathVariable long id, @RequestParam(required = false) @Nullable Long other) {
		ReportDraftView draft = this.drafts.readable(id);
		long with = (other != null) ? other
				: this.drafts.sameReport(draft)
					.stream()
					.filter((candidate) -> candidate.draftNumber() < draft.draftNumber())
					.findFirst()
					.orElse(draft)
					.id();
		return "redirect:/reports/" + id + "/diff/" + with;
	}

	@GetMapping("/reports/{id}/diff/{otherId}")
	String diff(@PathVariable long id, @PathVariable long otherId, Model model) {
		ReportDiff diff = this.comparison.compare(id, otherId);
		ReportDraftView draft = this.drafts.readable(id);
		model.addAttribute("draft", draft);
		model.addAttribute("otherId", otherId);
		model.addAttribute("scope", ReportPageSupport.scope(draft, this.support.cycleNames()));
		model.addAttribute("diff", diff);
		model.addAttribute("valueLabels", VALUE_LABELS);
		model.addAttribute("drafts", this.drafts.sameReport(draft));
		model.addAttribute("chapters",
				ReportChapters.of(this.views.forCurrentUser(this.drafts.snapshot(diff.to().id()))));
		return DIFF;
	}

}
