package com.wbiisg.mapping.reporting.web;

import com.wbiisg.mapping.consultation.CommentThreads;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportDrafts;
import com.wbiisg.mapping.reporting.ReportSection;
import com.wbiisg.mapping.reporting.ReportSectionCommentTarget;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The comment thread of one section of a report draft, where members comment and the
 * Secretariat resolves: the report page links each section here, and the thread's forms
 * come back here.
 */
@Controller
@PreAuthorize(ReportPageSupport.MEMBERS)
class ReportSectionPageController {

	static final String SECTION = "reporting/section";

	private final ReportDrafts drafts;

	private final CommentThreads threads;

	private final ReportPageSupport support;

	ReportSectionPageController(ReportDrafts drafts, CommentThreads threads, ReportPageSupport support) {
		this.drafts = drafts;
		this.threads = threads;
		this.support = support;
	}

	@GetMapping("/reports/{id}/sections/{section}")
	String section(@PathVariable long id, @PathVariable String section, Model model) {
		ReportDraftView draft = this.drafts.readable(id);
		ReportSection chosen = ReportSection.ofKey(section)
			.orElseThrow(() -> new RecordNotFoundException(RecordType.of("Report section", "reporting.record.section"),
					section));
		String targetId = ReportSectionCommentTarget.targetId(id, chosen);
		model.addAttribute("draft", draft);
		model.addAttribute("scope", ReportPageSupport.scope(draft, this.support.cycleNames()));
		model.addAttribute("section", chosen);
		model.addAttribute("commentTargetType", ReportSectionCommentTarget.TYPE);
		model.addAttribute("commentTargetId", targetId);
		model.addAttribute("comments", this.threads.thread(ReportSectionCommentTarget.TYPE, targetId));
		return SECTION;
	}

}
