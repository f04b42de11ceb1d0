package com.wbiisg.mapping.identity.internal;

import org.springframework.stereotype.Component;

/**
 * The passkeys as a kind of second factor: an account that has one has enrolled a factor
 * ({@link SecondFactorRule}), and may sign in with it instead of an authenticator code.
 * Asked on every page request of an account that no role obliges to a second factor,
 * hence one indexed query ({@link PasskeyRepository#anyOf(long)}).
 */
@Component
class PasskeyFactor implements SecondFactorEnrolment {

	private final PasskeyRepository passkeys;

	PasskeyFactor(PasskeyRepository passkeys) {
		this.passkeys = passkeys;
	}

	@Override
	public boolean enrolled(long accountId) {
		return this.passkeys.anyOf(accountId);
	}

}
