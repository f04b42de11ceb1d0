package com.wbiisg.mapping.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.IssuedToken;
import com.wbiisg.mapping.identity.OwnPassword;
import com.wbiisg.mapping.identity.PersonalAccessTokens;
import com.wbiisg.mapping.identity.TokenScope;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account" for every signed-in user: who they are on the platform, their password,
 * and their personal access tokens for the API.
 */
@Controller
@RequestMapping("/account")
class MyAccountController {

	static final String VIEW = "identity/account";

	private final PersonalAccessTokens tokens;

	private final Membership membership;

	private final OwnPassword password;

	MyAccountController(PersonalAccessTokens tokens, Membership membership, OwnPassword password) {
		this.tokens = tokens;
		this.membership = membership;
		this.password = password;
	}

	@GetMapping
	String show(Model model) {
		CurrentUser user = currentUser();
		Long organisationId = user.organisationId();
		String partnerCode = user.partnerCode();
		model.addAttribute("me", user);
		model.addAttribute("organisation",
				(organisationId == null) ? null : this.membership.organisation(organisationId).orElse(null));
		model.addAttribute("partner", (partnerCode == null) ? null : this.membership.partner(partnerCode).orElse(null));
		model.addAttribute("tokens", this.tokens.list(user));
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", TokenForm.empty());
		}
		model.addAttribute("scopes", TokenScope.values());
		if (!model.containsAttribute("password")) {
			model.addAttribute("password", new PasswordForm(null, null));
		}
		return VIEW;
	}

	/**
	 * Renders the page directly instead of redirecting: the token is shown in this one
	 * response and never kept anywhere, not even in a flash attribute in the session.
	 */
	@PostMapping("/tokens")
	String issue(@ModelAttribute("token") TokenForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model);
		}
		try {
			IssuedToken issued = this.tokens.issue(currentUser(), form.name(),
					(form.scope() == null) ? TokenScope.WRITE : form.scope(), lastDay(form.expiresOn()));
			model.addAttribute("issuedToken", issued.token());
			model.addAttribute("issuedName", form.name());
			model.addAttribute("token", TokenForm.empty());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return show(model);
	}

	private static @Nullable LocalDate lastDay(@Nullable String text) {
		try {
			return Inputs.date(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("expiresOn", UserText.of("identity.token.date"));
		}
	}

	/**
	 * Changes the user's own password; the other sessions of the user end, this one stays
	 * signed in under a new session id. The typed passwords are never shown again.
	 */
	@PostMapping("/password")
	String changePassword(@ModelAttribute("password") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		try {
			this.password.change(currentUser(), form.currentPassword(), form.newPassword(),
					(session != null) ? session.getId() : null);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model);
		}
		if (session != null) {
			request.changeSessionId();
		}
		redirect.addFlashAttribute("flashKey", "identity.account.passwordChanged");
		return "redirect:/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(currentUser(), id);
		redirect.addFlashAttribute("flashKey", "identity.account.tokenRevoked");
		return "redirect:/account";
	}

	/**
	 * Every page session belongs to an account; any other principal has no tokens to
	 * manage.
	 */
	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts have a My account page."));
	}

	/**
	 * The form of a new token. Without a scope (a script posting the name alone, as
	 * before tokens had one) the token may write, as tokens always could.
	 */
	record TokenForm(@Nullable String name, @Nullable TokenScope scope, @Nullable String expiresOn) {

		static TokenForm empty() {
			return new TokenForm(null, TokenScope.READ, null);
		}

	}

	record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword) {
	}

}
