package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.MeetingRecords;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's record of a meeting from its page: agenda items (added, moved up or
 * down, removed), attendance and minutes. A refused entry shows the page again with the
 * reasons next to the fields; a stale one (the meeting changed meanwhile) gets 409.
 */
@Controller
@PreAuthorize(MeetingPageSupport.SECRETARIAT)
class MeetingRecordController {

	private final MeetingPageModel page;

	private final MeetingRecords records;

	MeetingRecordController(MeetingPageModel page, MeetingRecords records) {
		this.page = page;
		this.records = records;
	}

	@PostMapping("/meetings/{id}/agenda")
	String addAgendaItem(@PathVariable long id, @ModelAttribute("agendaForm") RecordForms.AgendaForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.records.addAgendaItem(id, Ids.version(form.version()), form.toInput());
			return done(redirect, id, "meetings.flash.agendaAdded", "agenda");
		}
		catch (InvalidInputException ex) {
			return refused(form.onForm(ex), result, model, response, id);
		}
	}

	@PostMapping("/meetings/{id}/agenda/{position}/move")
	String moveAgendaItem(@PathVariable long id, @PathVariable int position,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
		this.records.moveAgendaItem(id, Ids.version(version), position, !"down".equalsIgnoreCase(direction));
		return done(redirect, id, "meetings.flash.agendaMoved", "agenda");
	}

	@PostMapping("/meetings/{id}/agenda/{position}/delete")
	String removeAgendaItem(@PathVariable long id, @PathVariable int position,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.records.removeAgendaItem(id, Ids.version(version), position);
		return done(redirect, id, "meetings.flash.agendaRemoved", "agenda");
	}

	@PostMapping("/meetings/{id}/attendance")
	String addAttendance(@PathVariable long id, @ModelAttribute("attendanceForm") RecordForms.AttendanceForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.records.addAttendance(id, Ids.version(form.version()), form.toInput());
			return done(redirect, id, "meetings.flash.attendanceAdded", "attendance");
		}
		catch (InvalidInputException ex) {
			return refused(ex, result, model, response, id);
		}
	}

	@PostMapping("/meetings/{id}/attendance/{position}/delete")
	String removeAttendance(@PathVariable long id, @PathVariable int position,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.records.removeAttendance(id, Ids.version(version), position);
		return done(redirect, id, "meetings.flash.attendanceRemoved", "attendance");
	}

	@PostMapping("/meetings/{id}/minutes")
	String recordMinutes(@PathVariable long id, @ModelAttribute("minutesForm") RecordForms.MinutesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.records.recordMinutes(id, Ids.version(form.version()), form.minutes());
			return done(redirect, id, "meetings.flash.minutesSaved", "minutes");
		}
		catch (InvalidInputException ex) {
			return refused(ex, result, model, response, id);
		}
	}

	private String refused(InvalidInputException ex, BindingResult result, Model model, HttpServletResponse response,
			long id) {
		FormErrors.apply(ex, result);
		response.setStatus(422);
		this.page.fill(model, id);
		return MeetingPageModel.PAGE;
	}

	static String done(RedirectAttributes redirect, long id, String flashKey, String anchor) {
		redirect.addFlashAttribute("flashKey", flashKey);
		return "redirect:/meetings/" + id + "#" + anchor;
	}

}
