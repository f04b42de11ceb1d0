package com.wbiisg.mapping.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;

/**
 * The authenticator app of an account: a 160-bit secret (the size RFC 4226 recommends),
 * kept encrypted, and its codes, each accepted once: the step of the last code accepted
 * is kept, and a code of that step or an earlier one is refused.
 */
@Service
class TotpFactor implements SecondFactorEnrolment {

	private static final int SECRET_BYTES = 20;

	private final SecondFactorRepository factors;

	private final SecretBox box;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TotpFactor(SecondFactorRepository factors, SecretBox box, Clock clock) {
		this.factors = factors;
		this.box = box;
		this.clock = clock;
	}

	@Override
	public boolean enrolled(long accountId) {
		return this.factors.hasTotp(accountId);
	}

	byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		return secret;
	}

	/**
	 * Keeps the secret for the account when the code is one of it now, replacing any
	 * earlier secret; the code counts as used.
	 */
	boolean enrol(long accountId, byte[] secret, String code) {
		OptionalLong step = TotpCodes.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return false;
		}
		this.factors.saveTotp(accountId, this.box.encrypt(secret, accountId), step.getAsLong(), this.clock.instant());
		return true;
	}

	/**
	 * Whether the code is the account's for now (± one step) and not used before; when it
	 * is, it is used up.
	 */
	boolean verify(long accountId, String code) {
		Optional<String> stored = this.factors.totpSecret(accountId);
		if (stored.isEmpty()) {
			return false;
		}
		OptionalLong step = TotpCodes.matchingStep(this.box.decrypt(stored.get(), accountId), code,
				this.clock.instant());
		return step.isPresent() && this.factors.useStep(accountId, step.getAsLong());
	}

	boolean remove(long accountId) {
		return this.factors.deleteTotp(accountId) > 0;
	}

}
