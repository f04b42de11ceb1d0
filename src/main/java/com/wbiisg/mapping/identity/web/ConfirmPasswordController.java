package com.wbiisg.mapping.identity.web;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.MySessions;
import com.wbiisg.mapping.identity.PasswordConfirmation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks for the password again before a sensitive page or action when the user has not
 * given it for a while, then goes back to where they were.
 */
@Controller
@RequestMapping("/account/confirm")
class ConfirmPasswordController {

	static final String VIEW = "identity/confirm";

	private final MySessions sessions;

	ConfirmPasswordController(MySessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable String next, Model model) {
		currentUser();
		model.addAttribute("next", MySessions.local(next));
		return VIEW;
	}

	@PostMapping
	String confirm(@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String next, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PasswordConfirmation outcome = this.sessions.confirmPassword(currentUser(), password, request.getSession());
		if (outcome == PasswordConfirmation.CONFIRMED) {
			return "redirect:" + MySessions.local(next);
		}
		if (outcome == PasswordConfirmation.SIGNED_OUT) {
			SecurityContextHolder.clearContext();
			return "redirect:/login?tooManyTries";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("next", MySessions.local(next));
		model.addAttribute("wrong", true);
		return VIEW;
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts confirm a password."));
	}

}
