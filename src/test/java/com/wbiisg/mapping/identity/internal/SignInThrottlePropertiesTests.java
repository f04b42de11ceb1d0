package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignInThrottlePropertiesTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private final SignInThrottleProperties settings = new SignInThrottleProperties(5, 20, Duration.ofMinutes(1),
			Duration.ofHours(1), Duration.ofHours(24));

	@Test
	void blocksNotBelowTheThreshold() {
		assertThat(this.settings.blockAfter(4, 5, NOW)).isNull();
	}

	@Test
	void blocksAMinuteAtTheThresholdAndDoublesWithEachFurtherFailure() {
		assertThat(this.settings.blockAfter(5, 5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(this.settings.blockAfter(6, 5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		assertThat(this.settings.blockAfter(9, 5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(16)));
	}

	@Test
	void blocksAtMostTheLongestBlock() {
		assertThat(this.settings.blockAfter(11, 5, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
		assertThat(this.settings.blockAfter(5_000, 5, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void refusesToForgetFailuresBeforeTheLongestBlockEnds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottleProperties(5, 20, Duration.ofMinutes(1),
				Duration.ofHours(2), Duration.ofHours(1)));
	}

}
