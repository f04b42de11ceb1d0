package com.wbiisg.mapping.identity.web;

import java.io.IOException;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.MyPasskeys;
import com.wbiisg.mapping.identity.SecondFactors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The step after the password for an account that must give a second factor: a code of
 * the authenticator app, a passkey or a recovery code, then on to the page first asked
 * for. An account with no factor yet is sent to enrol one.
 */
@Controller
@RequestMapping("/login/factor")
class SecondFactorStepController {

	static final String VIEW = "identity/factor-step";

	private final SecondFactors factors;

	private final MyPasskeys passkeys;

	SecondFactorStepController(SecondFactors factors, MyPasskeys passkeys) {
		this.factors = factors;
		this.passkeys = passkeys;
	}

	@GetMapping
	String show(Model model, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		CurrentUser user = currentUser();
		if (SecondFactors.sessionHasSecondFactor()) {
			onToAskedPage(request, response);
			return null;
		}
		if (this.factors.mustEnrol(user)) {
			return "redirect:/account/factors?enrol";
		}
		return page(user, model);
	}

	@PostMapping
	@Nullable String complete(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String kind, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		CurrentUser user = currentUser();
		SecondFactors.Outcome outcome = this.factors.complete(user, code, "recovery".equals(kind), request, response);
		if (outcome == SecondFactors.Outcome.ACCEPTED) {
			onToAskedPage(request, response);
			return null;
		}
		response.setStatus((outcome == SecondFactors.Outcome.THROTTLED) ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute((outcome == SecondFactors.Outcome.THROTTLED) ? "throttled" : "wrong", true);
		return page(user, model);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("factors", this.factors.overview(user));
		model.addAttribute("hasPasskeys", !this.passkeys.list(user).isEmpty());
		return VIEW;
	}

	private static void onToAskedPage(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		SavedRequestAwareAuthenticationSuccessHandler toAskedPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toAskedPage.setDefaultTargetUrl("/");
		toAskedPage.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts give a second factor."));
	}

}
