package com.wbiisg.mapping.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the modules see it: role, organisation and, for a beneficiary
 * focal point, its WB partner.
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, @Nullable Long organisationId,
		@Nullable String partnerCode) {

	/**
	 * The user of the current request, if someone is signed in.
	 */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * Implemented by the principal of an authenticated request.
	 */
	public interface CurrentUserHolder {

		CurrentUser currentUser();

	}

}
