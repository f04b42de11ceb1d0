package com.wbiisg.mapping.identity.web;

import java.util.List;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.SecondFactors;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * <em>My account → Second factors</em>: enrol an authenticator app (its QR code and
 * secret shown, kept only once a code of it is typed), make new recovery codes, remove
 * the app. The secret being enrolled waits in the session, never in the form; recovery
 * codes are shown in the one answer that makes them.
 */
@Controller
@RequestMapping("/account/factors")
class SecondFactorsController {

	static final String VIEW = "identity/factors";

	private static final String ENROLLING = SecondFactorsController.class.getName() + ".enrolling";

	private final SecondFactors factors;

	SecondFactorsController(SecondFactors factors) {
		this.factors = factors;
	}

	@GetMapping
	String show(Model model, HttpServletRequest request) {
		CurrentUser user = currentUser();
		SecondFactors.Overview overview = this.factors.overview(user);
		model.addAttribute("factors", overview);
		model.addAttribute("mustEnrol", overview.obliged() && this.factors.mustEnrol(user));
		if (!overview.authenticatorApp()) {
			HttpSession session = request.getSession();
			if (!(session.getAttribute(ENROLLING) instanceof SecondFactors.Enrolment)) {
				session.setAttribute(ENROLLING, this.factors.newEnrolment(user));
			}
			model.addAttribute("enrolment", session.getAttribute(ENROLLING));
		}
		return VIEW;
	}

	@PostMapping("/totp")
	String enrol(@RequestParam(required = false) @Nullable String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = currentUser();
		HttpSession session = request.getSession();
		String secret = (session.getAttribute(ENROLLING) instanceof SecondFactors.Enrolment enrolment)
				? enrolment.secret() : null;
		try {
			List<String> codes = this.factors.enrol(user, secret, code, request, response);
			request.getSession().removeAttribute(ENROLLING);
			model.addAttribute("recoveryCodes", codes);
			model.addAttribute("enrolled", true);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("wrongCode", true);
		}
		return show(model, request);
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			model.addAttribute("recoveryCodes", this.factors.renewRecoveryCodes(currentUser(), request));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusedKey", "identity.factors.nothingToRecover");
		}
		return show(model, request);
	}

	@PostMapping("/totp/remove")
	String remove(Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.factors.removeAuthenticatorApp(currentUser(), request);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusedKey", "identity.factors.lastFactor");
			return show(model, request);
		}
		redirect.addFlashAttribute("flashKey", "identity.factors.removed");
		return "redirect:/account/factors";
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts have second factors."));
	}

}
