package com.wbiisg.mapping.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, marks the imports and exports that a stopped application left queued or
 * running as failed: their workers are gone, and the user uploads the file or starts the
 * export again. A confirmation that was cut off wrote nothing, since it runs in one
 * transaction; the part of an export file that was written is deleted.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	static final String MESSAGE = "The platform restarted while this import was under way; nothing was stored. "
			+ "Upload the file again.";

	static final String EXPORT_MESSAGE = "The platform restarted while this export was being written; "
			+ "start the export again.";

	private static final Set<JobStatus> WORKING = EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING);

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobRepository jobs;

	private final ExportFiles exportFiles;

	private final Clock clock;

	ImportRecovery(ImportJobRepository jobs, ExportFiles exportFiles, Clock clock) {
		this.jobs = jobs;
		this.exportFiles = exportFiles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int failed = failLeftOvers();
		if (failed > 0) {
			log.info("Marked {} import and export jobs left by the previous run as failed", failed);
		}
	}

	@Transactional
	public int failLeftOvers() {
		Instant now = this.clock.instant();
		List<String> exports = ExportKind.apiNames();
		this.jobs.findByStatusInAndKindIn(WORKING, exports)
			.forEach((job) -> this.exportFiles.delete(job.getFilePath()));
		return this.jobs.failAllBut(WORKING, exports, MESSAGE, now)
				+ this.jobs.failAll(WORKING, exports, EXPORT_MESSAGE, now);
	}

}
