package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.MeetingFilter;
import com.wbiisg.mapping.meetings.MeetingQueries;
import com.wbiisg.mapping.meetings.MilestoneInput;
import com.wbiisg.mapping.meetings.MilestonePlanning;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.DigitsText;
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
 * The milestones with their countdown, for everyone who reads the calendar, and the
 * Secretariat's form that sets one by a date or as months after a meeting.
 */
@Controller
class MilestonePageController {

	static final String PAGE = "meetings/milestones";

	private final MilestonePlanning milestones;

	private final MeetingQueries meetings;

	MilestonePageController(MilestonePlanning milestones, MeetingQueries meetings) {
		this.milestones = milestones;
		this.meetings = meetings;
	}

	@GetMapping("/calendar/milestones")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		return page(model);
	}

	@PostMapping("/calendar/milestones")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String set(@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.milestones.set(form.toInput());
			redirect.addFlashAttribute("flashKey", "meetings.flash.milestoneSet");
			return "redirect:/calendar/milestones";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return page(model);
		}
	}

	@PostMapping("/calendar/milestones/{id}/delete")
	@PreAuthorize(MeetingPageSupport.SECRETARIAT)
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		this.milestones.remove(id);
		redirect.addFlashAttribute("flashKey", "meetings.flash.milestoneRemoved");
		return "redirect:/calendar/milestones";
	}

	private String page(Model model) {
		model.addAttribute("milestones", this.milestones.list());
		boolean manages = MeetingPageSupport.isSecretariat();
		model.addAttribute("manages", manages);
		if (manages) {
			if (!model.containsAttribute("milestoneForm")) {
				model.addAttribute("milestoneForm", new MilestoneForm(null, null, null, null, null));
			}
			model.addAttribute("meetings", this.meetings.list(MeetingFilter.all()));
		}
		return PAGE;
	}

	/**
	 * A milestone as the form sends it.
	 */
	record MilestoneForm(@Nullable String name, @Nullable String description, @DateText @Nullable String dueOn,
			@DigitsText(message = Ids.CHOOSE) @Nullable String meetingId,
			@DigitsText(max = 3, message = "{meetings.milestone.monthsFormat}") @Nullable String monthsAfter) {

		MilestoneInput toInput() {
			RecordValidation.check(this);
			Integer months = (this.monthsAfter == null || this.monthsAfter.isBlank()) ? null
					: Integer.valueOf(this.monthsAfter.trim());
			return new MilestoneInput(this.name, this.description, Inputs.date(this.dueOn), Ids.id(this.meetingId),
					months);
		}

	}

}
