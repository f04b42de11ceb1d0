package com.wbiisg.mapping.notifications.web;

import com.wbiisg.mapping.notifications.MailOutbox;
import com.wbiisg.mapping.notifications.MailState;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Administration → Mail": the outbox for the Secretariat, by state, with a failed
 * message's last error and a button to try it again.
 */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize("hasRole('SECRETARIAT')")
class MailAdminController {

	static final String VIEW = "notifications/outbox";

	private static final int PAGE_SIZE = 50;

	private final MailOutbox outbox;

	MailAdminController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String outbox(@RequestParam(required = false) @Nullable MailState state, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("state", state);
		model.addAttribute("states", MailState.values());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("sending", this.outbox.sending());
		model.addAttribute("messages", this.outbox.messages(state, page, PAGE_SIZE));
		return VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.retry(id);
		redirect.addFlashAttribute("flashKey", "notifications.outbox.retried");
		return "redirect:/admin/mail";
	}

}
