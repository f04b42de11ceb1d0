package com.wbiisg.mapping.consultation;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the current user is, as far as comments go. Read straight from Spring Security so
 * that consultation does not depend on the identity module, which depends on it.
 */
public final class Commenters {

	/**
	 * Who may comment: every member role of DESIGN.md §2, not observers.
	 */
	public static final String MAY_COMMENT = "hasAnyRole('SECRETARIAT', 'BOARD', 'BENEFICIARY_FOCAL_POINT', "
			+ "'PARTNER_FOCAL_POINT')";

	private static final String SECRETARIAT = "ROLE_SECRETARIAT";

	private Commenters() {
	}

	static String currentName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication.getName() == null) ? "system" : authentication.getName();
	}

	static boolean isSecretariat() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECRETARIAT::equals);
	}

}
