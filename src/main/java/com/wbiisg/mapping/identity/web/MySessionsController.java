package com.wbiisg.mapping.identity.web;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.MySessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account → Sessions": the user's signed-in sessions (browser, address, signed in,
 * last seen), with signing out one of the others, or every one of them.
 */
@Controller
@RequestMapping("/account/sessions")
class MySessionsController {

	static final String VIEW = "identity/sessions";

	private final MySessions sessions;

	MySessionsController(MySessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		model.addAttribute("sessions", this.sessions.list(currentUser(), (session != null) ? session.getId() : null));
		return VIEW;
	}

	@PostMapping("/{handle}/sign-out")
	String signOut(@PathVariable String handle, RedirectAttributes redirect) {
		boolean ended = this.sessions.signOut(currentUser(), handle);
		redirect.addFlashAttribute("flashKey",
				ended ? "identity.sessions.signedOut" : "identity.sessions.alreadySignedOut");
		return "redirect:/account/sessions";
	}

	@PostMapping("/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
		this.sessions.signOutEverywhere(currentUser());
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?signedOutEverywhere";
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts have sessions to manage."));
	}

}
