package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.DecisionRecording;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat records a meeting's decisions (adoptions applied at once) and assigns
 * its action items, from the meeting's page. A decision its target refuses (a framework
 * version no longer a draft) is shown with the reason, and nothing is stored.
 */
@Controller
@PreAuthorize(MeetingPageSupport.SECRETARIAT)
class MeetingDecisionController {

	private final MeetingPageModel page;

	private final DecisionRecording decisions;

	private final ActionItems actions;

	MeetingDecisionController(MeetingPageModel page, DecisionRecording decisions, ActionItems actions) {
		this.page = page;
		this.decisions = decisions;
		this.actions = actions;
	}

	@PostMapping("/meetings/{id}/decisions")
	String record(@PathVariable long id, @ModelAttribute("decisionForm") RecordForms.DecisionForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.decisions.record(id, form.toInput());
			return MeetingRecordController.done(redirect, id, "meetings.flash.decisionRecorded", "decisions");
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		this.page.fill(model, id);
		return MeetingPageModel.PAGE;
	}

	@PostMapping("/meetings/{id}/actions")
	String assign(@PathVariable long id, @ModelAttribute("actionForm") RecordForms.ActionForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.actions.assign(id, form.toInput());
			return MeetingRecordController.done(redirect, id, "meetings.flash.actionAssigned", "actions");
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			this.page.fill(model, id);
			return MeetingPageModel.PAGE;
		}
	}

}
