package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the second factors: encrypts the authenticator secrets with AES-GCM (a fresh
 * 96-bit nonce each time, the account as associated data, so that a secret copied to
 * another account's row does not decrypt), and keys the HMAC-SHA-256 of the recovery
 * codes with a key derived from it, so that the database alone tells nothing about them.
 * The key is {@code iisg.security.mfa.encryption-key} (32 bytes, base64); without it one
 * is generated once into {@code ${iisg.data-dir}/mfa-encryption.key}, with a warning:
 * production sets the key, kept apart from the database and its backups.
 */
@Component
class SecretBox {

	static final String KEY_FILE = "mfa-encryption.key";

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryption;

	private final SecretKeySpec hashing;

	private final SecureRandom random = new SecureRandom();

	SecretBox(MfaProperties properties, @Value("${iisg.data-dir}") Path dataDir) {
		byte[] key = (properties.encryptionKey() != null && !properties.encryptionKey().isBlank())
				? decodeKey(properties.encryptionKey()) : keyFile(dataDir.resolve(KEY_FILE), this.random);
		this.encryption = new SecretKeySpec(key, "AES");
		this.hashing = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "iisg recovery codes"),
				"HmacSHA256");
	}

	String encrypt(byte[] plain, long accountId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryption, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated(accountId));
			byte[] sealed = cipher.doFinal(plain);
			byte[] stored = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, nonce.length);
			System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
			return Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * @throws IllegalStateException when the text was not sealed with this key for this
	 * account
	 */
	byte[] decrypt(String stored, long accountId) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryption, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(associated(accountId));
			return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A second factor's secret does not decrypt with this key", ex);
		}
	}

	/**
	 * The keyed hash of a recovery code as stored. The codes carry 60 random bits each,
	 * so a slow password hash would add nothing against guessing them; the key keeps a
	 * copy of the table alone from being searched at all.
	 */
	String hash(String code) {
		return HexFormat.of().formatHex(hmac(this.hashing, code));
	}

	private static byte[] hmac(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private static byte[] associated(long accountId) {
		return ("totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] decodeKey(String text) {
		byte[] key = Base64.getDecoder().decode(text.trim());
		if (key.length != 32) {
			throw new IllegalArgumentException(
					"iisg.security.mfa.encryption-key must be 32 bytes in base64, not " + key.length + " bytes");
		}
		return key;
	}

	private static byte[] keyFile(Path file, SecureRandom random) {
		try {
			if (Files.exists(file)) {
				log.warn(
						"Second factors are encrypted with the key generated in {}; set iisg.security.mfa.encryption-key "
								+ "in production and keep it apart from the database and its backups",
						file);
				return decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
			}
			byte[] key = new byte[32];
			random.nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			restrict(file);
			log.warn("iisg.security.mfa.encryption-key is not set: generated a key for the second factors into {}; "
					+ "production must set the key, kept apart from the database and its backups", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the second factors' key in " + file, ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.info("The file system of {} has no POSIX permissions; restrict who reads it by other means", file);
		}
	}

}
