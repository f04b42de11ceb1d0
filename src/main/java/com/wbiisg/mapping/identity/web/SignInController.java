package com.wbiisg.mapping.identity.web;

import com.wbiisg.mapping.identity.FirstAccountSetup;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in page, and the one-time setup of the first Secretariat account.
 */
@Controller
class SignInController {

	static final String SIGN_IN = "identity/sign-in";

	static final String SETUP = "identity/setup";

	private final FirstAccountSetup setup;

	SignInController(FirstAccountSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/login")
	String signIn() {
		return SIGN_IN;
	}

	@GetMapping("/setup")
	String setupForm(@RequestParam(required = false) @Nullable String token, Model model) {
		model.addAttribute("open", this.setup.isOpen(token));
		model.addAttribute("form", new SetupForm(token, "", "", "", ""));
		return SETUP;
	}

	@PostMapping("/setup")
	String createFirstAccount(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean open = this.setup.isOpen(form.token());
		model.addAttribute("open", open);
		if (!open) {
			// A used or wrong token gets the same page as the link, saying the set-up is
			// closed.
			response.setStatus(HttpStatus.CONFLICT.value());
			return SETUP;
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return SETUP;
		}
		try {
			this.setup.createFirstAccount(form.token(), form.username(), form.displayName(), form.email(),
					form.password());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return SETUP;
		}
		catch (ConflictException ex) {
			model.addAttribute("open", false);
			response.setStatus(HttpStatus.CONFLICT.value());
			return SETUP;
		}
		redirect.addAttribute("created", "");
		return "redirect:/login";
	}

	record SetupForm(@Nullable String token, @NotBlank String username, @NotBlank String displayName,
			@NotBlank String email, @NotBlank String password) {
	}

}
