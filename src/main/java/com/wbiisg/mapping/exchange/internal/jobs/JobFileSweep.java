package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.shared.UserText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the files of finished jobs once they are kept long enough
 * ({@code iisg.exchange.keep-files}, 7 days by default, counted from the job's last
 * change): an export's file, an upload whose preview was never confirmed (that import
 * then fails with a message), what a failed job left. The job stays, noting when its file
 * was deleted, so its page and the API say why there is nothing to download or confirm.
 */
@Component
class JobFileSweep implements SchedulingConfigurer {

	private static final Set<JobStatus> FINISHED = EnumSet.of(JobStatus.PREVIEW_READY, JobStatus.DONE,
			JobStatus.FAILED);

	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(JobFileSweep.class);

	private final ImportJobRepository jobs;

	private final ExchangeProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExportFiles exportFiles;

	private final ImportStorage uploads;

	JobFileSweep(ImportJobRepository jobs, ExchangeProperties properties, PlatformTransactionManager transactions,
			Clock clock, ExportFiles exportFiles, ImportStorage uploads) {
		this.exportFiles = exportFiles;
		this.uploads = uploads;
		this.jobs = jobs;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Sweeps a minute after start-up, then every {@code iisg.exchange.sweep-every}.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::sweep, this.properties.sweepEvery(), Duration.ofMinutes(1)));
	}

	private void sweep() {
		Instant now = this.clock.instant();
		int deleted = sweep(now);
		if (deleted > 0) {
			log.info("Deleted the files of {} finished import and export jobs kept since before {}", deleted,
					now.minus(this.properties.keepFiles()));
		}
	}

	/**
	 * Deletes the files of the jobs finished before {@code now} less the time files are
	 * kept, and notes it on each job; a job that changed meanwhile (a preview being
	 * confirmed) is left as it is.
	 * @return how many jobs' files were deleted
	 */
	int sweep(Instant now) {
		Instant before = now.minus(this.properties.keepFiles());
		String expired = expiredPreview(spanText(this.properties.keepFiles()));
		int deleted = 0;
		int inBatch;
		List<ImportJob> batch;
		do {
			batch = this.jobs.findByStatusInAndFileDeletedAtIsNullAndUpdatedAtBeforeOrderByUpdatedAt(FINISHED, before,
					Limit.of(BATCH));
			inBatch = 0;
			for (ImportJob job : batch) {
				if (noteDeleted(job.getId(), before, expired, now)) {
					delete(job);
					inBatch++;
				}
			}
			deleted += inBatch;
		}
		while (batch.size() == BATCH && inBatch > 0);
		return deleted;
	}

	private boolean noteDeleted(long id, Instant before, String expired, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> {
				ImportJob job = this.jobs.findById(id).orElse(null);
				if (job == null || !FINISHED.contains(job.getStatus()) || job.getFileDeletedAt() != null
						|| !job.getUpdatedAt().isBefore(before)) {
					return false;
				}
				job.fileDeleted(expired, now);
				this.jobs.flush();
				return true;
			}));
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	/**
	 * What an import whose preview waited {@code kept} for its confirmation says, once
	 * its file is deleted.
	 */
	static String expiredPreview(Object kept) {
		return UserText.of("exchange.job.expiredPreview", kept).english();
	}

	/**
	 * How long files are kept, in English words: "7 days", "12 hours", "1 minute".
	 */
	static String span(Duration kept) {
		return spanText(kept).english();
	}

	/**
	 * How long files are kept, in words.
	 */
	static UserText spanText(Duration kept) {
		long seconds = kept.toSeconds();
		ChronoUnit unit = Stream.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES)
			.filter((whole) -> seconds >= whole.getDuration().toSeconds()
					&& seconds % whole.getDuration().toSeconds() == 0)
			.findFirst()
			.orElse(ChronoUnit.SECONDS);
		long count = seconds / unit.getDuration().toSeconds();
		boolean one = count == 1;
		return switch (unit) {
			case DAYS -> one ? UserText.of("exchange.span.day") : UserText.of("exchange.span.days", count);
			case HOURS -> one ? UserText.of("exchange.span.hour") : UserText.of("exchange.span.hours", count);
			case MINUTES -> one ? UserText.of("exchange.span.minute") : UserText.of("exchange.span.minutes", count);
			default -> one ? UserText.of("exchange.span.second") : UserText.of("exchange.span.seconds", count);
		};
	}

	private void delete(ImportJob job) {
		if (ExportKind.of(job.getKind()).isPresent()) {
			this.exportFiles.delete(job.getFilePath());
		}
		else {
			this.uploads.delete(job.getFilePath());
		}
	}

}
