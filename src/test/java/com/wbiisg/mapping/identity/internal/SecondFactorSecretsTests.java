package com.wbiisg.mapping.identity.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The parts of the second factor that need no application: TOTP codes as RFC 6238 makes
 * them, base32 as authenticator apps read it, the encryption of the secrets and the key
 * generated once where none is set.
 */
class SecondFactorSecretsTests {

	/**
	 * The SHA-1 key of RFC 6238's test vectors.
	 */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path dataDir;

	@Test
	void makesTheCodesOfRfc6238sTestVectorsInSixDigits() {
		// RFC 6238, appendix B (SHA-1): 94287082, 07081804, 89005924, 69279037; the
		// apps show the last six digits.
		assertThat(TotpCodes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(TotpCodes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(TotpCodes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(TotpCodes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void findsTheStepOfACodeWithinOneStepEitherSideOnly() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = TotpCodes.step(now);

		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step - 2), now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step + 2), now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, "12345", now)).isEmpty();
	}

	@Test
	void readsBase32AsItWritesItWhateverTheCaseAndSpaces() {
		byte[] bytes = new byte[20];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 37);
		}
		String text = Base32.encode(bytes);

		assertThat(text).matches("[A-Z2-7]{32}");
		assertThat(Base32.decode(text.toLowerCase().replaceAll("(.{4})", "$1 "))).isEqualTo(bytes);
		assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

	@Test
	void encryptsASecretForItsAccountOnly() {
		SecretBox box = new SecretBox(new MfaProperties(false, false, key()), this.dataDir);

		String sealed = box.encrypt(RFC_KEY, 7);

		assertThat(sealed).isNotEqualTo(box.encrypt(RFC_KEY, 7));
		assertThat(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(RFC_KEY, StandardCharsets.ISO_8859_1));
		assertThat(box.decrypt(sealed, 7)).isEqualTo(RFC_KEY);
		assertThatIllegalStateException().isThrownBy(() -> box.decrypt(sealed, 8));
		assertThatIllegalStateException().isThrownBy(
				() -> new SecretBox(new MfaProperties(false, false, otherKey()), this.dataDir).decrypt(sealed, 7));
	}

	@Test
	void generatesAKeyOnceIntoTheDataDirectoryWhenNoneIsSet() throws Exception {
		SecretBox first = new SecretBox(new MfaProperties(false, false, null), this.dataDir);
		Path file = this.dataDir.resolve(SecretBox.KEY_FILE);
		String stored = Files.readString(file);
		String sealed = first.encrypt(RFC_KEY, 1);

		SecretBox again = new SecretBox(new MfaProperties(false, false, " "), this.dataDir);

		assertThat(Base64.getDecoder().decode(stored)).hasSize(32);
		assertThat(Files.readString(file)).isEqualTo(stored);
		assertThat(again.decrypt(sealed, 1)).isEqualTo(RFC_KEY);
		assertThat(again.hash("abcdefghijkl")).isEqualTo(first.hash("abcdefghijkl")).hasSize(64);
	}

	private static String key() {
		return Base64.getEncoder().encodeToString(new byte[32]);
	}

	private static String otherKey() {
		byte[] key = new byte[32];
		key[0] = 1;
		return Base64.getEncoder().encodeToString(key);
	}

}
