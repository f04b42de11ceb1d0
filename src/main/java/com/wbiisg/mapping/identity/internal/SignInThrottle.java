package com.wbiisg.mapping.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles failed sign-ins per user name and client address, and per address across user
 * names: a run of failures blocks the pair (or the address) for a while that doubles with
 * each further failure, while the same user signing in from another address is not held
 * back. The runs are kept in the database, so they hold on every node and across
 * restarts.
 */
@Service
class SignInThrottle {

	private static final int MAX_KEY = 100;

	private final SignInThrottleRepository runs;

	private final SignInThrottleProperties settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SignInThrottle(SignInThrottleRepository runs, SignInThrottleProperties settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.runs = runs;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Until when sign-ins with the user name from the address are held back, if they are.
	 */
	Optional<Instant> blockedUntil(String username, String address) {
		return this.runs.blockedUntil(key(username), key(address), this.clock.instant());
	}

	/**
	 * Until when sign-ins with the user name are held back from some address, if they
	 * are: what the Secretariat sees of an account.
	 */
	Optional<Instant> latestBlockOf(String username) {
		return this.runs.latestBlockOf(key(username), this.clock.instant());
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(key(username), key(address), this.settings.failuresPerAccountAndAddress(), now);
		count(SignInThrottleRepository.ANY_ACCOUNT, key(address), this.settings.failuresPerAddress(), now);
	}

	/**
	 * Forgets the failures of the user name from the address. Those of the address across
	 * user names stay: a sign-in with one's own account must not wipe out the failures
	 * with the others.
	 */
	void succeeded(String username, String address) {
		this.runs.forget(key(username), key(address));
	}

	/**
	 * Forgets every failure of the user name, from every address: the Secretariat's
	 * unlock.
	 */
	void unlock(String username) {
		this.runs.forgetAccount(key(username));
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
	void deleteForgottenRuns() {
		Instant now = this.clock.instant();
		this.runs.deleteForgotten(now.minus(this.settings.forgetAfter()), now);
	}

	private void count(String accountKey, String address, int threshold, Instant now) {
		try {
			this.transaction.executeWithoutResult((status) -> countIn(accountKey, address, threshold, now));
		}
		catch (DuplicateKeyException ex) {
			// Another node counted this pair's first failure at the same moment: the row
			// is
			// there now.
			this.transaction.executeWithoutResult((status) -> countIn(accountKey, address, threshold, now));
		}
	}

	private void countIn(String accountKey, String address, int threshold, Instant now) {
		int failures = this.runs.countFailure(accountKey, address, now, now.minus(this.settings.forgetAfter()));
		if (failures == 0) {
			this.runs.insertFirstFailure(accountKey, address, now);
			failures = 1;
		}
		Instant until = this.settings.blockAfter(failures, threshold, now);
		if (until != null) {
			this.runs.block(accountKey, address, until);
		}
	}

	/**
	 * The user name as the accounts know it (trimmed, lower case), or the address; longer
	 * ones are cut, as no account or address is that long.
	 */
	static String key(String text) {
		String key = text.trim().toLowerCase(Locale.ROOT);
		return (key.length() > MAX_KEY) ? key.substring(0, MAX_KEY) : key;
	}

}
