package com.wbiisg.mapping.identity.web;

import java.util.List;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.MyPasskeys;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account → Passkeys": the user's passkeys (label, added, last used), the factors
 * this session signed in with, adding a passkey (a label, then the browser's ceremony
 * with Spring Security's endpoints, in {@code passkeys.js}) and removing one. Adding and
 * removing need a recent sign-in and sign the user's other sessions out.
 */
@Controller
@RequestMapping("/account/passkeys")
class MyPasskeysController {

	static final String LIST = "identity/passkeys";

	static final String ADD = "identity/passkey-add";

	private static final RecordType PASSKEY = RecordType.of("Passkey", "identity.record.passkey");

	private final MyPasskeys passkeys;

	MyPasskeysController(MyPasskeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("passkeys", this.passkeys.list(currentUser()));
		model.addAttribute("factors", factorsOfThisSession());
		return LIST;
	}

	/**
	 * The form of a new passkey; the recent sign-in it needs is asked for before it is
	 * shown.
	 */
	@GetMapping("/new")
	String add() {
		currentUser();
		return ADD;
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		if (!this.passkeys.remove(currentUser(), id, (session != null) ? session.getId() : null)) {
			throw new RecordNotFoundException(PASSKEY, id);
		}
		redirect.addFlashAttribute("flashKey", "identity.passkeys.removed");
		return "redirect:/account/passkeys";
	}

	/**
	 * The factors of this session's sign-in, as Spring Security holds them
	 * ({@code FACTOR_PASSWORD}, {@code FACTOR_WEBAUTHN}, …), without the prefix.
	 */
	private static List<String> factorsOfThisSession() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return List.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("FACTOR_"))
			.map((authority) -> authority.substring("FACTOR_".length()))
			.sorted()
			.toList();
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts have passkeys."));
	}

}
