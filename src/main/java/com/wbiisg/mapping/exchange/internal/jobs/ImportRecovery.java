package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.shared.UserText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks the imports and exports that a stopped node left queued or running as failed:
 * their workers are gone, and the user uploads the file or starts the export again. A
 * node is taken to have stopped when its heartbeat on the job ({@link JobHeartbeat}) is
 * older than {@code iisg.exchange.stale-after}, or the job has none (left by an older
 * version); the jobs of a node that still beats are left alone, whichever node starts,
 * and this node never fails a job that its own workers hold. Looked for at start-up and
 * then with every heartbeat, so a crashed node's jobs do not stay running. A confirmation
 * that was cut off wrote nothing, since it runs in one transaction with its job's end;
 * the part of an export file that was written is deleted.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	static final String MESSAGE = UserText.of("exchange.job.importCutOff").english();

	static final String EXPORT_MESSAGE = UserText.of("exchange.job.exportCutOff").english();

	private static final Set<JobStatus> WORKING = EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING);

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobRepository jobs;

	private final ExportFiles exportFiles;

	private final JobNode node;

	private final ExchangeProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ImportRecovery(ImportJobRepository jobs, ExportFiles exportFiles, JobNode node, ExchangeProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.exportFiles = exportFiles;
		this.node = node;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		failLeftOvers(this.clock.instant());
	}

	/**
	 * Fails the queued and running jobs whose heartbeat is older than
	 * {@code iisg.exchange.stale-after} before {@code now}, but those this node's workers
	 * hold, each only if it is still as stale when it is failed.
	 * @return how many jobs failed
	 */
	int failLeftOvers(Instant now) {
		Instant staleBefore = now.minus(this.properties.staleAfter());
		int failed = 0;
		for (ImportJob job : this.jobs.findStale(WORKING, staleBefore)) {
			if (!this.node.holds(job.getId()) && fail(job, staleBefore, now)) {
				log.info("Marked exchange job {} of node {} as failed: its last heartbeat was at {}", job.getId(),
						job.getNode(), job.getHeartbeatAt());
				failed++;
			}
		}
		return failed;
	}

	private boolean fail(ImportJob job, Instant staleBefore, Instant now) {
		boolean export = ExportKind.of(job.getKind()).isPresent();
		Integer failed = this.transaction.execute((status) -> this.jobs.failIfStale(job.getId(), WORKING, staleBefore,
				export ? EXPORT_MESSAGE : MESSAGE, now));
		if (failed == null || failed == 0) {
			return false;
		}
		if (export) {
			this.exportFiles.delete(job.getFilePath());
		}
		return true;
	}

}
