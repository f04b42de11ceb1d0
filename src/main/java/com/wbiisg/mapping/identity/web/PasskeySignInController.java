package com.wbiisg.mapping.identity.web;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.MyPasskeys;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The second step of a sign-in with a passkey, after the password: a button whose script
 * ({@code passkeys.js}) asks the browser for one of the user's passkeys and sends it to
 * Spring Security's {@code POST /login/webauthn}, then goes on to the page asked for.
 */
@Controller
class PasskeySignInController {

	static final String VIEW = "identity/passkey-sign-in";

	private final MyPasskeys passkeys;

	PasskeySignInController(MyPasskeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping("/login/passkey")
	String show(Model model) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException("Only accounts sign in with a passkey."));
		model.addAttribute("hasPasskeys", !this.passkeys.list(user).isEmpty());
		return VIEW;
	}

}
