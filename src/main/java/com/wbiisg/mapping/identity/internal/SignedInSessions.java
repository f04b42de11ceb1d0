package com.wbiisg.mapping.identity.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account whose access changed (disabled, new role, new
 * organisation or partner), so the change takes effect at the user's next click rather
 * than at the next sign-in.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void endAllOf(long accountId) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.currentUser().accountId() == accountId) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
