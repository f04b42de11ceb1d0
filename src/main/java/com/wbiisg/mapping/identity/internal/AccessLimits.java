package com.wbiisg.mapping.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on access ({@code iisg.security.*}); those of failed sign-ins are in
 * {@link SignInThrottleProperties}.
 *
 * @param apiRequestsPerMinute the requests to the JSON API one account may send per
 * minute (with a token or HTTP Basic alike), or one client address without signing in;
 * the whole minute's worth may come at once, then they come back evenly
 * @param signInAttemptsPerMinute the sign-ins on the form one client address may try per
 * minute, right or wrong
 * @param accountStateCheck how long a node trusts what it last read of whether an account
 * is enabled, before a signed-in session of that account is let through again: a disabled
 * account's sessions stop within this time on every node (at once on the node that
 * disabled it)
 */
@ConfigurationProperties("iisg.security")
public record AccessLimits(@DefaultValue("600") int apiRequestsPerMinute,
		@DefaultValue("10") int signInAttemptsPerMinute, @DefaultValue("5s") Duration accountStateCheck) {

	public AccessLimits {
		if (apiRequestsPerMinute < 1 || signInAttemptsPerMinute < 1) {
			throw new IllegalArgumentException("iisg.security.api-requests-per-minute and "
					+ "iisg.security.sign-in-attempts-per-minute must be at least 1.");
		}
		if (accountStateCheck.isNegative() || accountStateCheck.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new IllegalArgumentException(
					"iisg.security.account-state-check must be between 0s and 1m, not " + accountStateCheck + ".");
		}
	}

}
