package com.wbiisg.mapping.identity.internal;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	private static final String SHORT = "Granite-Meadow-Violin-7";

	private final PasswordHashing hashing = new PasswordHashing(5);

	@Test
	void hashesWithBcryptAtTheConfiguredStrength() {
		String hash = this.hashing.encode(SHORT);

		assertThat(hash).startsWith("{bcrypt}$2a$05$");
		assertThat(this.hashing.matches(SHORT, hash)).isTrue();
		assertThat(this.hashing.matches(SHORT + "x", hash)).isFalse();
	}

	@Test
	void matchesExistingBcryptHashesOfAnyStrength() {
		for (int strength : new int[] { 4, 10 }) {
			String existing = "{bcrypt}" + new BCryptPasswordEncoder(strength).encode(SHORT);

			assertThat(this.hashing.matches(SHORT, existing)).isTrue();
			assertThat(this.hashing.matches("Granite-Meadow-Violin-8", existing)).isFalse();
		}
		assertThat(this.hashing.upgradeEncoding("{bcrypt}" + new BCryptPasswordEncoder(4).encode(SHORT))).isTrue();
		assertThat(this.hashing.upgradeEncoding(this.hashing.encode(SHORT))).isFalse();
	}

	@Test
	void hashesPasswordsLongerThanBcryptReadsWhole() {
		String long128 = "a".repeat(100) + "granite meadow violin harbour";
		String cyrillic = "ж".repeat(128);
		String differsAfter72Bytes = "a".repeat(100) + "granite meadow violin harbouR";

		String hash = this.hashing.encode(long128);

		assertThat(hash).startsWith("{bcrypt-sha256}$2a$05$");
		assertThat(this.hashing.matches(long128, hash)).isTrue();
		assertThat(this.hashing.matches(differsAfter72Bytes, hash)).isFalse();
		assertThat(this.hashing.matches(cyrillic, this.hashing.encode(cyrillic))).isTrue();
	}

	@Test
	void measuresOneHashAtEachStrength() {
		for (int strength = 10; strength <= 12; strength++) {
			PasswordHashing measured = new PasswordHashing(strength);
			String hash = measured.encode(SHORT);
			long start = System.nanoTime();
			measured.matches(SHORT, hash);
			System.out.printf("bcrypt strength %d: one check %d ms%n", strength,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

}
