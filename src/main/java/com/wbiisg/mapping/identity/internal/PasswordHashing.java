package com.wbiisg.mapping.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt at the configured strength ({@code {bcrypt}…}), and
 * hashes of every strength match. bcrypt reads at most 72 bytes, and Spring Security
 * refuses longer ones, while a password may have 128 characters (up to 512 bytes in
 * UTF-8): a password longer than 72 bytes is first reduced to the Base64 text of its
 * HMAC-SHA256 (44 characters, no NUL byte) and that is hashed with bcrypt
 * ({@code {bcrypt-sha256}…}), as passlib's {@code bcrypt_sha256} does. The HMAC key is a
 * fixed label, so that a leaked plain SHA-256 of a password elsewhere cannot be tried
 * against these hashes.
 */
final class PasswordHashing implements PasswordEncoder {

	static final String BCRYPT = "bcrypt";

	static final String BCRYPT_SHA256 = "bcrypt-sha256";

	private static final int BCRYPT_MAX_BYTES = 72;

	private static final byte[] PRE_HASH_KEY = "iisg-mapping bcrypt-sha256 v1".getBytes(StandardCharsets.US_ASCII);

	private final DelegatingPasswordEncoder plain;

	private final DelegatingPasswordEncoder long_;

	PasswordHashing(int bcryptStrength) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(bcryptStrength);
		PasswordEncoder preHashed = new PreHashed(bcrypt);
		Map<String, PasswordEncoder> all = Map.of(BCRYPT, bcrypt, BCRYPT_SHA256, preHashed);
		this.plain = new DelegatingPasswordEncoder(BCRYPT, all);
		this.long_ = new DelegatingPasswordEncoder(BCRYPT_SHA256, all);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		if (rawPassword == null) {
			return null;
		}
		return fitsBcrypt(rawPassword) ? this.plain.encode(rawPassword) : this.long_.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return this.plain.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.plain.upgradeEncoding(encodedPassword) && this.long_.upgradeEncoding(encodedPassword);
	}

	private static boolean fitsBcrypt(CharSequence password) {
		return password.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
	}

	/**
	 * bcrypt of the Base64 HMAC-SHA256 of the password.
	 */
	private static final class PreHashed implements PasswordEncoder {

		private final PasswordEncoder bcrypt;

		PreHashed(PasswordEncoder bcrypt) {
			this.bcrypt = bcrypt;
		}

		@Override
		public @Nullable String encode(@Nullable CharSequence rawPassword) {
			return (rawPassword == null) ? null : this.bcrypt.encode(preHash(rawPassword));
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			return rawPassword != null && this.bcrypt.matches(preHash(rawPassword), encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(@Nullable String encodedPassword) {
			return this.bcrypt.upgradeEncoding(encodedPassword);
		}

		private static String preHash(CharSequence password) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(PRE_HASH_KEY, "HmacSHA256"));
				return Base64.getEncoder()
					.encodeToString(mac.doFinal(password.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
			}
		}

	}

}
