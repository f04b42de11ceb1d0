package com.wbiisg.mapping.identity.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account whose access changed (disabled, new role, new
 * organisation or partner), so the change takes effect at the user's next click rather
 * than at the next sign-in. The registry is this node's; the other nodes notice within
 * {@link AccessLimits#accountStateCheck()} ({@link ActiveAccountFilter}).
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	private final ActiveAccounts active;

	SignedInSessions(SessionRegistry registry, ActiveAccounts active) {
		this.registry = registry;
		this.active = active;
	}

	void endAllOf(long accountId) {
		this.active.forget(accountId);
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.currentUser().accountId() == accountId) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
