package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workers of the exchange jobs, imports and exports alike: one small bounded pool
 * whose tasks carry the security context of the job's owner, so the modules' APIs see the
 * owner as the current user. A job's status and progress are written in transactions of
 * their own, so its page sees them at once; a task that fails leaves its job failed with
 * a message for the owner. The node ({@link JobNode}) holds each job from its submission
 * until its task has ended, and its worker changes the job only while it is still running
 * on this node: a job that another node failed meanwhile stays failed, and its work is
 * dropped.
 */
@Component
class JobWorkers implements DisposableBean {

	private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

	private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

	private final ImportJobRepository jobs;

	private final Clock clock;

	private final JobNode node;

	private final TransactionTemplate ownTransaction;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	JobWorkers(ImportJobRepository jobs, Clock clock, JobNode node, PlatformTransactionManager transactions,
			ExchangeProperties properties) {
		this.jobs = jobs;
		this.clock = clock;
		this.node = node;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor.setCorePoolSize(properties.workers());
		this.executor.setMaxPoolSize(properties.workers());
		this.executor.setQueueCapacity(properties.queue());
		this.executor.setThreadNamePrefix("exchange-job-");
		this.executor.initialize();
	}

	/**
	 * Queues the work of the job. A refusal the owner can act on (denied, not found, a
	 * conflict, invalid input, a rejected file) fails the job with its own message; any
	 * other error with {@code messages.unexpected()}, and a full queue with
	 * {@code messages.busy()}.
	 */
	void submit(long jobId, SecurityContext context, Messages messages, Runnable work) {
		Runnable task = () -> {
			try {
				work.run();
			}
			catch (JobTakenOver ex) {
				log.info("Exchange job {} was failed by another node meanwhile; its work is dropped", jobId);
			}
			catch (ImportRejected | AccessDeniedException | RecordNotFoundException | ConflictException
					| InvalidInputException ex) {
				fail(jobId, ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Exchange job {} failed", jobId, ex);
				fail(jobId, messages.unexpected());
			}
			finally {
				this.node.release(jobId);
			}
		};
		this.node.hold(jobId);
		try {
			this.executor.execute(new DelegatingSecurityContextRunnable(task, context));
		}
		catch (RejectedExecutionException ex) {
			this.node.release(jobId);
			fail(jobId, messages.busy());
		}
	}

	/**
	 * Marks the job as running, from the worker that runs it.
	 * @throws JobTakenOver unless the job is still queued or running on this node
	 */
	ImportJob start(long jobId) {
		return update(jobId, (job) -> job.start(this.node.id(), this.clock.instant()));
	}

	/**
	 * Shows the preview of the job's file.
	 * @throws JobTakenOver unless the job is still running on this node
	 */
	void previewReady(long jobId, String previewJson) {
		update(jobId, (job) -> job.previewReady(this.node.id(), previewJson, this.clock.instant()));
	}

	/**
	 * Marks the job as done with its result.
	 * @throws JobTakenOver unless the job is still running on this node
	 */
	ImportJob done(long jobId, String resultJson) {
		return update(jobId, (job) -> job.done(this.node.id(), resultJson, this.clock.instant()));
	}

	/**
	 * As {@link #done}, in the caller's transaction: the job is done if and only if the
	 * work of that transaction commits.
	 */
	ImportJob doneWithin(long jobId, String resultJson) {
		return updateWithin(jobId, (job) -> job.done(this.node.id(), resultJson, this.clock.instant()));
	}

	/**
	 * Where the work reports its progress: written when the percentage enters a new tenth
	 * or has changed for a quarter of a second, so that a large file costs a few dozen
	 * writes rather than a hundred.
	 * @throws JobTakenOver from the progress once the job is no longer running on this
	 * node, so the work stops
	 */
	ImportProgress progress(long jobId) {
		int[] last = { -1 };
		long[] written = { 0 };
		return (percent) -> {
			long now = System.nanoTime();
			boolean due = percent / 10 != last[0] / 10 || now - written[0] >= PROGRESS_INTERVAL_NANOS;
			if (percent != last[0] && due) {
				last[0] = percent;
				written[0] = now;
				this.ownTransaction.executeWithoutResult((status) -> {
					if (this.jobs.updateProgress(jobId, this.node.id(), percent, this.clock.instant()) == 0) {
						throw new JobTakenOver(jobId);
					}
				});
			}
		};
	}

	/**
	 * Changes the job in a transaction of its own. A job changed between its reading and
	 * its writing (by another node failing it) is read again and the change tried once
	 * more, so that the change meets the job as it is now.
	 */
	private ImportJob update(long jobId, Consumer<ImportJob> change) {
		try {
			return this.ownTransaction.execute((status) -> updateWithin(jobId, change));
		}
		catch (OptimisticLockingFailureException ex) {
			return this.ownTransaction.execute((status) -> updateWithin(jobId, change));
		}
	}

	private ImportJob updateWithin(long jobId, Consumer<ImportJob> change) {
		ImportJob job = this.jobs.findById(jobId).orElseThrow();
		change.accept(job);
		return this.jobs.saveAndFlush(job);
	}

	private void fail(long jobId, String message) {
		update(jobId, (job) -> job.fail(message, this.clock.instant()));
	}

	/**
	 * A copy of the current request's security context, for a task that runs after the
	 * request has ended.
	 */
	static SecurityContext copyOfCurrentContext() {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		return context;
	}

	/**
	 * Runs the action once the current transaction has committed (at once without one),
	 * so that a worker finds the job it was given.
	 */
	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	/**
	 * What a failed job tells its owner when the cause is not the owner's to fix.
	 *
	 * @param unexpected after an unexpected error
	 * @param busy when every worker is busy and the queue is full
	 */
	record Messages(String unexpected, String busy) {
	}

}
