package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.MeetingDetails;
import com.wbiisg.mapping.meetings.MeetingPlanning;
import com.wbiisg.mapping.meetings.MeetingQueries;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.shared.ConflictException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a meeting, which observers read too (the service leaves out what they may
 * not see), and the Secretariat's form that plans a meeting and changes it.
 */
@Controller
class MeetingPageController {

	static final String FORM = "meetings/meeting-form";

	private final MeetingPageModel page;

	private final MeetingPlanning planning;

	private final MeetingQueries queries;

	private final MeetingPageSupport support;

	MeetingPageController(MeetingPageModel page, MeetingPlanning planning, MeetingQueries queries,
			MeetingPageSupport support) {
		this.page = page;
		this.planning = planning;
		this.queries = queries;
		this.support = support;
	}

	@GetMapping("/meetings/{id}")
	@PreAuthorize("isAuthenticated()")
	String page(@PathVariable long id, Model model) {
		this.page.fill(model, id);
		return MeetingPageModel.PAGE;
	}

	@GetMapping("/meetings/new")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String newMeeting(Model model) {
		model.addAttribute("form", MeetingForm.blank());
		return form(model, null);
	}

	@PostMapping("/meetings")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String create(@ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			MeetingView meeting = this.planning.plan(form.toInput());
			redirect.addFlashAttribute("flashKey", "meetings.flash.planned");
			return "redirect:/meetings/" + meeting.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(MeetingForm.onForm(ex), result);
			response.setStatus(422);
			return form(model, null);
		}
	}

	@GetMapping("/meetings/{id}/edit")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String edit(@PathVariable long id, Model model) {
		MeetingView meeting = this.queries.details(id).meeting();
		model.addAttribute("form", MeetingForm.of(meeting));
		return form(model, meeting);
	}

	@PostMapping("/meetings/{id}")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String save(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.planning.update(id, form.expectedVersion(), form.toInput());
			redirect.addFlashAttribute("flashKey", "meetings.flash.saved");
			return "redirect:/meetings/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(MeetingForm.onForm(ex), result);
			response.setStatus(422);
			return form(model, this.queries.details(id).meeting());
		}
		catch (ConflictException ex) {
			MeetingDetails current = this.queries.details(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("form", MeetingForm.of(current.meeting()));
			return form(model, current.meeting());
		}
	}

	private String form(Model model, @Nullable MeetingView editing) {
		this.support.addFormOptions(model);
		model.addAttribute("editing", editing);
		return FORM;
	}

}
