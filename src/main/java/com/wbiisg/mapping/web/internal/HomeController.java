package com.wbiisg.mapping.web.internal;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: the dashboard for members, where to go next for
 * observers.
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private static final Set<String> MEMBER_AUTHORITIES = Set.of("ROLE_SECRETARIAT", "ROLE_BOARD",
			"ROLE_BENEFICIARY_FOCAL_POINT", "ROLE_PARTNER_FOCAL_POINT");

	/**
	 * Members land on the dashboard; observers, who see no needs, on the start page.
	 */
	@GetMapping("/")
	String home(Authentication authentication) {
		boolean member = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> MEMBER_AUTHORITIES.contains(authority.getAuthority()));
		return member ? "redirect:/dashboard" : VIEW;
	}

}
