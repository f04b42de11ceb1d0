package com.wbiisg.mapping.exchange.internal;

import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, marks the imports that a stopped application left queued or running as
 * failed: their workers are gone, and the user uploads the file again. A confirmation
 * that was cut off wrote nothing, since it runs in one transaction.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	static final String MESSAGE = "The platform restarted while this import was under way; nothing was stored. "
			+ "Upload the file again.";

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobRepository jobs;

	private final Clock clock;

	ImportRecovery(ImportJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int failed = failLeftOvers();
		if (failed > 0) {
			log.info("Marked {} import jobs left by the previous run as failed", failed);
		}
	}

	@Transactional
	public int failLeftOvers() {
		return this.jobs.failAll(EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING), MESSAGE, this.clock.instant());
	}

}
