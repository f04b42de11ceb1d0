package com.wbiisg.mapping.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP codes of RFC 6238 as authenticator apps make them: 6 digits, a 30-second step,
 * HMAC-SHA-1 (the only algorithm every app supports). A code is accepted for its own step
 * and one step either side, for clocks a little off and a code typed at the end of its
 * step.
 */
public final class TotpCodes {

	public static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	static final int TOLERANCE = 1;

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP,
			DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private TotpCodes() {
	}

	/**
	 * The time step of an instant: seconds since the epoch over 30.
	 */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
	}

	/**
	 * The code of the secret at the time step.
	 */
	public static String code(byte[] secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(key(secret),
					Instant.ofEpochSecond(step * STEP.getSeconds()));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret is not an HMAC key", ex);
		}
	}

	/**
	 * The step, within the tolerance around {@code now}, whose code is {@code code}, if
	 * any; the checks take the same time whichever step matches.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		String typed = code.replace(" ", "").trim();
		long current = step(now);
		long matched = Long.MIN_VALUE;
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII)) && matched == Long.MIN_VALUE) {
				matched = step;
			}
		}
		return (matched == Long.MIN_VALUE) ? OptionalLong.empty() : OptionalLong.of(matched);
	}

	private static SecretKeySpec key(byte[] secret) {
		return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
	}

}
