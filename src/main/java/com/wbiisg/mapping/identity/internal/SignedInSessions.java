package com.wbiisg.mapping.identity.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account whose access changed (disabled, new role, new
 * organisation or partner), so the change takes effect at the user's next click rather
 * than at the next sign-in; and the other sessions of a user who changed their password.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void endAllOf(long accountId) {
		endOthersOf(accountId, null);
	}

	/**
	 * Ends every session of the account but the one named {@code keptSessionId}.
	 */
	void endOthersOf(long accountId, @Nullable String keptSessionId) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.currentUser().accountId() == accountId) {
				this.registry.getAllSessions(principal, false)
					.stream()
					.filter((session) -> !Objects.equals(session.getSessionId(), keptSessionId))
					.forEach(SessionInformation::expireNow);
			}
		}
	}

}
