package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.FeedTokens;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page where a user makes (or remakes) the secret address of its calendar feed, shown
 * once, and stops it; with the address of the public feed.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FeedPageController {

	static final String PAGE = "meetings/feed";

	private final FeedTokens tokens;

	FeedPageController(FeedTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/calendar/feed")
	String page(Model model) {
		model.addAttribute("token", this.tokens.state().orElse(null));
		model.addAttribute("publicFeed",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/calendar.ics").toUriString());
		return PAGE;
	}

	@PostMapping("/calendar/feed")
	String rotate(RedirectAttributes redirect) {
		String token = this.tokens.rotate();
		redirect.addFlashAttribute("feedAddress",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/calendar.ics")
					.queryParam("token", token)
					.toUriString());
		redirect.addFlashAttribute("flashKey", "meetings.flash.feedCreated");
		return "redirect:/calendar/feed";
	}

	@PostMapping("/calendar/feed/delete")
	String revoke(RedirectAttributes redirect) {
		this.tokens.revoke();
		redirect.addFlashAttribute("flashKey", "meetings.flash.feedRevoked");
		return "redirect:/calendar/feed";
	}

}
