package com.wbiisg.mapping.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on access ({@code iisg.security.*}); those of failed sign-ins are in
 * {@link SignInThrottleProperties}.
 *
 * @param accountStateCheck how long a node trusts what it last read of whether an account
 * is enabled, before a signed-in session of that account is let through again: a disabled
 * account's sessions stop within this time on every node (at once on the node that
 * disabled it)
 */
@ConfigurationProperties("iisg.security")
public record AccessLimits(@DefaultValue("5s") Duration accountStateCheck) {

	public AccessLimits {
		if (accountStateCheck.isNegative() || accountStateCheck.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new IllegalArgumentException(
					"iisg.security.account-state-check must be between 0s and 1m, not " + accountStateCheck + ".");
		}
	}

}
