package com.wbiisg.mapping.identity.internal;

import java.time.Clock;

import com.wbiisg.mapping.identity.AccountSecurityChanged;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.identity.SecondFactorsReset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the platform that an account's way of signing in changed, in the
 * transaction of the change ({@link AccountSecurityChanged}); the mail module makes the
 * notice to the account's owner of it.
 */
@Component
class SecurityChanges {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecurityChanges(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void changed(long accountId, Change change, String... details) {
		this.events.publishEvent(AccountSecurityChanged.of(accountId, change, this.clock.instant(), details));
	}

	/**
	 * The Secretariat reset the account's second factors: every kind of factor removes
	 * what it holds for the account ({@link SecondFactorsReset}), and its owner is told.
	 */
	void factorsReset(long accountId, String username) {
		this.events.publishEvent(new SecondFactorsReset(accountId, username));
		changed(accountId, Change.SECOND_FACTORS_RESET);
	}

}
