package com.wbiisg.mapping.identity.web;

import java.time.Instant;
import java.util.Map;

import com.wbiisg.mapping.identity.AccountDetails;
import com.wbiisg.mapping.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * One account as the Secretariat's pages show it: organisation and partner by name, and
 * whether it may sign in now.
 */
record AccountRow(long id, String username, String displayName, String email, Role role, @Nullable String organisation,
		@Nullable String partner, Status status, @Nullable Instant lockedUntil) {

	static AccountRow of(AccountDetails account, Map<Long, String> organisations, Map<String, String> partners,
			Instant now) {
		Long organisationId = account.organisationId();
		String partnerCode = account.partnerCode();
		return new AccountRow(account.id(), account.username(), account.displayName(), account.email(), account.role(),
				(organisationId == null) ? null : organisations.get(organisationId),
				(partnerCode == null) ? null : partners.getOrDefault(partnerCode, partnerCode), status(account, now),
				account.lockedUntil());
	}

	/**
	 * A disabled account stays disabled whatever its lock says, so disabled wins over
	 * locked.
	 */
	private static Status status(AccountDetails account, Instant now) {
		if (!account.enabled()) {
			return Status.DISABLED;
		}
		Instant lockedUntil = account.lockedUntil();
		return (lockedUntil != null && lockedUntil.isAfter(now)) ? Status.LOCKED : Status.ENABLED;
	}

	enum Status {

		ENABLED, DISABLED, LOCKED

	}

}
