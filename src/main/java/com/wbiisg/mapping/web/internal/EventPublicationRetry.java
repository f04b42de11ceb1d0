package com.wbiisg.mapping.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the failed reactions to events to their listeners again, every minute: those
 * whose listener threw, and those that Spring Modulith's staleness check marked failed
 * because they never finished (their node stopped after the commit or while the listener
 * worked; see {@code spring.modulith.events.staleness.*}). A publication is retried once
 * it is a minute old, so that what broke has a moment to mend; one that keeps failing is
 * retried, and logged, every minute until it succeeds: none is dropped.
 */
@Component
class EventPublicationRetry {

	static final Duration MIN_AGE = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

	private final FailedEventPublications failed;

	private final Clock clock;

	EventPublicationRetry(FailedEventPublications failed, Clock clock) {
		this.failed = failed;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void retryFailed() {
		Instant before = this.clock.instant().minus(MIN_AGE);
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(MIN_AGE)
			.withFilter((publication) -> due(publication, before)));
	}

	private static boolean due(EventPublication publication, Instant before) {
		if (!publication.getPublicationDate().isBefore(before)) {
			return false;
		}
		log.info("Resubmitting the failed publication {} of {} of {} (attempt {})", publication.getIdentifier(),
				publication.getEvent().getClass().getSimpleName(), publication.getPublicationDate(),
				publication.getCompletionAttempts() + 1);
		return true;
	}

}
