package com.wbiisg.mapping.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.ResubmissionOptions;

import static org.assertj.core.api.Assertions.assertThat;

class EventPublicationRetryTests {

	private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

	@Test
	void resubmitsFailedPublicationsOnceTheyAreAMinuteOld() {
		List<ResubmissionOptions> asked = new ArrayList<>();
		new EventPublicationRetry(asked::add, Clock.fixed(NOW, ZoneOffset.UTC)).retryFailed();

		assertThat(asked).singleElement().satisfies((options) -> {
			assertThat(options.getMinAge()).isEqualTo(EventPublicationRetry.MIN_AGE);
			assertThat(options.getFilter().test(publishedAt(NOW.minusSeconds(61)))).isTrue();
			assertThat(options.getFilter().test(publishedAt(NOW.minusSeconds(30)))).isFalse();
		});
	}

	private static EventPublication publishedAt(Instant at) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return at;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public @Nullable Instant getLastResubmissionDate() {
				return null;
			}

			@Override
			public int getCompletionAttempts() {
				return 1;
			}

		};
	}

}
