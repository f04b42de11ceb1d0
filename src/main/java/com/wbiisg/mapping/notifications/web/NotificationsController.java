package com.wbiisg.mapping.notifications.web;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.notifications.MailOutbox;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Notifications": the messages the platform wrote to the signed-in user in the last
 * {@value MailOutbox#KEPT_DAYS} days, sent or not, so that nothing is lost where no mail
 * server is set.
 */
@Controller
class NotificationsController {

	static final String VIEW = "notifications/mine";

	private final MailOutbox outbox;

	NotificationsController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/notifications")
	String mine(Model model) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException("Only accounts have notifications."));
		model.addAttribute("messages", this.outbox.addressedTo(user.accountId()));
		model.addAttribute("keptDays", MailOutbox.KEPT_DAYS);
		return VIEW;
	}

}
