package com.wbiisg.mapping.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.consultation.CommentThreads;
import com.wbiisg.mapping.consultation.ThreadComment;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportDrafts;
import com.wbiisg.mapping.reporting.ReportSection;
import com.wbiisg.mapping.reporting.ReportSectionCommentTarget;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.reporting.ReportView;
import com.wbiisg.mapping.reporting.ReportViews;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A report draft as an HTML document for the reader: title page, contents, executive
 * summary, needs per pillar and objective, gaps, overlaps, funding, projects and annexes,
 * each section with its comment thread; restricted needs only for those who may see them.
 * The Secretariat takes the draft's next lifecycle step here.
 */
@Controller
class ReportPageController {

	static final String REPORT = "reporting/report";

	private final ReportDrafts drafts;

	private final ReportViews views;

	private final CommentThreads threads;

	private final ReportPageSupport support;

	private final Clock clock;

	ReportPageController(ReportDrafts drafts, ReportViews views, CommentThreads threads, ReportPageSupport support,
			Clock clock) {
		this.drafts = drafts;
		this.views = views;
		this.threads = threads;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportDrafts.Readable readable = this.drafts.readableWithSnapshot(id);
		ReportDraftView draft = readable.draft();
		ReportView view = this.views.forCurrentUser(readable.snapshot());
		boolean member = ReportDrafts.readsDrafts();
		List<ReportDraftView> ofReport = member ? this.drafts.sameReport(draft) : List.of(draft);
		model.addAttribute("draft", draft);
		model.addAttribute("scope", ReportPageSupport.scope(draft, this.support.cycleNames()));
		model.addAttribute("view", view);
		model.addAttribute("chapters", ReportChapters.of(view));
		model.addAttribute("sections", ReportSection.values());
		model.addAttribute("member", member);
		model.addAttribute("commentCounts", member ? commentCounts(draft) : Map.of());
		model.addAttribute("otherDrafts", ofReport.stream().filter((other) -> other.id() != draft.id()).toList());
		model.addAttribute("adoptedDraft",
				ofReport.stream()
					.filter((other) -> other.id() != draft.id()
							&& (other.status() == ReportStatus.ADOPTED || other.status() == ReportStatus.PUBLISHED))
					.findFirst()
					.orElse(null));
		model.addAttribute("kosovoFootnoteInPage", true);
		if (!model.containsAttribute("transition")) {
			model.addAttribute("transition", new TransitionForm(draft.nextAction().map(Enum::name).orElse(null), null,
					LocalDate.now(this.clock).toString(), draft.version()));
		}
		return REPORT;
	}

	@PostMapping("/reports/{id}/transitions")
	@PreAuthorize(ReportPageSupport.SECRETARIAT)
	String transition(@PathVariable long id, @ModelAttribute("transition") TransitionForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			RecordValidation.check(form);
			ReportAction action = Inputs.enumOf(ReportAction.class, form.action());
			LocalDate adoptedOn = Inputs.date(form.adoptedOn());
			if (form.version() == null) {
				throw new InvalidInputException("version", UserText.of("reporting.version.reload"));
			}
			ReportDraftView draft = this.drafts.transition(id, action, form.decision(), adoptedOn, form.version());
			redirect.addFlashAttribute("flashKey", "reporting.flash." + draft.status().name());
			return "redirect:/reports/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return report(id, model);
		}
	}

	/**
	 * How many comments (replies included) each section's thread holds, by section key.
	 */
	private Map<String, Integer> commentCounts(ReportDraftView draft) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ReportSection section : ReportSection.values()) {
			List<ThreadComment> thread = this.threads.thread(ReportSectionCommentTarget.TYPE,
					ReportSectionCommentTarget.targetId(draft.id(), section));
			counts.put(section.key(), count(thread));
		}
		return counts;
	}

	private static int count(List<ThreadComment> comments) {
		return comments.stream().mapToInt((comment) -> 1 + count(comment.replies())).sum();
	}

	/**
	 * A lifecycle step as the report page posts it: the meeting or Board decision, the
	 * date of an adoption, and the version of the draft the page showed.
	 */
	record TransitionForm(@EnumText(ReportAction.class) @Nullable String action, @Nullable String decision,
			@DateText @Nullable String adoptedOn, @Nullable Long version) {
	}

}
