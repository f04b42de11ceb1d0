package com.wbiisg.mapping.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Whether an account may use its signed-in sessions: it must be enabled. What was read is
 * trusted for {@link AccessLimits#accountStateCheck()} at most, so that every node stops
 * a disabled account's sessions within that time without a query per request.
 */
@Component
class ActiveAccounts {

	private static final long MAX_ACCOUNTS = 10_000;

	private final AccountRepository accounts;

	private final Cache<Long, Boolean> enabled;

	ActiveAccounts(AccountRepository accounts, AccessLimits limits) {
		this.accounts = accounts;
		this.enabled = Caffeine.newBuilder()
			.expireAfterWrite(limits.accountStateCheck())
			.maximumSize(MAX_ACCOUNTS)
			.build();
	}

	boolean isActive(long accountId) {
		return this.enabled.get(accountId, (id) -> this.accounts.findById(id).map(Account::isEnabled).orElse(false));
	}

	/**
	 * Reads the account again at its next request: it was just changed on this node.
	 */
	void forget(long accountId) {
		this.enabled.invalidate(accountId);
	}

}
