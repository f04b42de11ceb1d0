package com.wbiisg.mapping.identity.internal;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without looking at the password, because of the failures before it
 * from the same client address: for the same user name, or for many.
 */
public class SignInThrottledException extends LockedException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Instant until;

	SignInThrottledException(Instant until) {
		super("Too many failed sign-ins from this address, held back until " + until);
		this.until = until;
	}

	public Instant getUntil() {
		return this.until;
	}

}
