package com.wbiisg.mapping.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

/**
 * Ten single-use recovery codes per account, for when the authenticator app is lost: made
 * at enrolment or on request (replacing the earlier ones), shown once, kept as keyed
 * hashes ({@link SecretBox#hash}). A code is 12 characters of base32 (60 random bits),
 * shown as two groups of six; what the user types is read without case, spaces or dashes.
 */
@Service
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private static final int LENGTH = 12;

	private final SecondFactorRepository factors;

	private final SecretBox box;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(SecondFactorRepository factors, SecretBox box, Clock clock) {
		this.factors = factors;
		this.box = box;
		this.clock = clock;
	}

	/**
	 * Makes new codes for the account, replacing its earlier ones; answers them, to be
	 * shown once.
	 */
	List<String> renew(long accountId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < LENGTH; c++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			codes.add(code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2));
			hashes.add(this.box.hash(code.toString()));
		}
		this.factors.replaceRecoveryCodes(accountId, hashes, this.clock.instant());
		return codes;
	}

	/**
	 * Spends the account's unused code, if the text is one.
	 */
	boolean use(long accountId, String typed) {
		String code = normalised(typed);
		return code.length() == LENGTH
				&& this.factors.useRecoveryCode(accountId, this.box.hash(code), this.clock.instant());
	}

	int left(long accountId) {
		return this.factors.unusedRecoveryCodes(accountId);
	}

	void delete(long accountId) {
		this.factors.deleteRecoveryCodes(accountId);
	}

	static String normalised(String typed) {
		return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
