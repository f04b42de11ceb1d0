package com.wbiisg.mapping.meetings.web;

import java.util.Arrays;
import java.util.List;

import com.wbiisg.mapping.meetings.ActionItemView;
import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My actions": the action items of the signed-in member and of its organisation, the
 * overdue ones highlighted, each with the button that marks it done (or open again).
 */
@Controller
@PreAuthorize(MeetingPageSupport.MEMBERS)
class ActionPageController {

	static final String PAGE = "meetings/actions";

	private final ActionItems actions;

	ActionPageController(ActionItems actions) {
		this.actions = actions;
	}

	@GetMapping("/actions/mine")
	String mine(@RequestParam(required = false) @Nullable String status, Model model) {
		// An unknown status shows the open ones, as an unknown filter shows the default.
		ActionStatus wanted = "all".equalsIgnoreCase(status) ? null
				: Arrays.stream(ActionStatus.values())
					.filter((candidate) -> candidate.name().equalsIgnoreCase(String.valueOf(status).trim()))
					.findFirst()
					.orElse(ActionStatus.OPEN);
		List<ActionItemView> mine = this.actions.mine(wanted);
		model.addAttribute("actions", mine);
		model.addAttribute("status", (wanted == null) ? "all" : wanted.name());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("overdue", mine.stream().filter(ActionItemView::overdue).count());
		model.addAttribute("mayChange", mine.stream().filter(this.actions::mayChange).map(ActionItemView::id).toList());
		model.addAttribute("actionStatuses", ActionStatus.values());
		model.addAttribute("manages", MeetingPageSupport.isSecretariat());
		return PAGE;
	}

	@PostMapping("/actions/{id}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute RecordForms.StatusForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ActionItemView action;
		try {
			action = this.actions.changeStatus(id, Ids.version(form.version()), form.status(ActionStatus.class));
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("statusError", ex.problems().get(0).message(LocaleContextHolder.getLocale()));
			return mine(null, model);
		}
		redirect.addFlashAttribute("flashKey", "meetings.flash.actionStatus." + action.status());
		if ("meeting".equals(form.returnTo())) {
			return "redirect:/meetings/" + action.meetingId() + "#actions";
		}
		return "redirect:/actions/mine";
	}

}
