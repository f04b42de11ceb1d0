package com.wbiisg.mapping.exchange.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import com.wbiisg.mapping.web.ConflictException;
import com.wbiisg.mapping.web.InvalidInputException;
import com.wbiisg.mapping.web.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the importers on a small bounded pool of workers, each task with the security
 * context of the uploader: the preview outside any write transaction, the confirmation in
 * one transaction that is rolled back whole when anything fails. The job's status and
 * progress are written in transactions of their own, so the page sees them at once.
 */
@Component
class ImportRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobRepository jobs;

	private final Map<String, Importer> importers = new ConcurrentHashMap<>();

	private final ImportStorage storage;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate importTransaction;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	ImportRunner(ImportJobRepository jobs, java.util.List<Importer> importers, ImportStorage storage, JsonMapper json,
			Clock clock, PlatformTransactionManager transactions, ExchangeProperties properties) {
		this.jobs = jobs;
		importers.forEach((importer) -> this.importers.put(importer.kind(), importer));
		this.storage = storage;
		this.json = json;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.importTransaction = new TransactionTemplate(transactions);
		this.executor.setCorePoolSize(properties.workers());
		this.executor.setMaxPoolSize(properties.workers());
		this.executor.setQueueCapacity(properties.queue());
		this.executor.setThreadNamePrefix("import-");
		this.executor.initialize();
	}

	boolean knows(String kind) {
		return this.importers.containsKey(kind);
	}

	java.util.Set<String> kinds() {
		return java.util.Set.copyOf(this.importers.keySet());
	}

	void preview(long jobId, ImportFile file, SecurityContext context) {
		submit(jobId, context, () -> {
			Importer importer = this.importers.get(kindOf(jobId));
			ImportPreview preview = importer.preview(file, progress(jobId));
			String text = this.json.writeValueAsString(preview);
			update(jobId, (job) -> job.previewReady(text, this.clock.instant()));
		});
	}

	void confirm(long jobId, ImportFile file, SecurityContext context) {
		submit(jobId, context, () -> {
			Importer importer = this.importers.get(kindOf(jobId));
			ImportResult result = this.importTransaction.execute((status) -> importer.confirm(file, progress(jobId)));
			String text = this.json.writeValueAsString(result);
			String path = update(jobId, (job) -> job.done(text, this.clock.instant())).getFilePath();
			this.storage.delete(path);
		});
	}

	private void submit(long jobId, SecurityContext context, Runnable work) {
		Runnable task = () -> {
			try {
				work.run();
			}
			catch (ImportRejected | AccessDeniedException | RecordNotFoundException | ConflictException
					| InvalidInputException ex) {
				fail(jobId, ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Import job {} failed", jobId, ex);
				fail(jobId, "The file could not be imported because of an unexpected error; nothing was stored.");
			}
		};
		try {
			this.executor.execute(new DelegatingSecurityContextRunnable(task, context));
		}
		catch (RejectedExecutionException ex) {
			fail(jobId, "The platform is busy with other imports; upload the file again in a few minutes.");
		}
	}

	private String kindOf(long jobId) {
		return update(jobId, (job) -> job.start(this.clock.instant())).getKind();
	}

	private ImportProgress progress(long jobId) {
		int[] last = { -1 };
		return (percent) -> {
			if (percent != last[0]) {
				last[0] = percent;
				this.ownTransaction
					.executeWithoutResult((status) -> this.jobs.updateProgress(jobId, percent, this.clock.instant()));
			}
		};
	}

	private void fail(long jobId, String message) {
		update(jobId, (job) -> job.fail(message, this.clock.instant()));
	}

	private ImportJob update(long jobId, java.util.function.Consumer<ImportJob> change) {
		return this.ownTransaction.execute((status) -> {
			ImportJob job = this.jobs.findById(jobId).orElseThrow();
			change.accept(job);
			return this.jobs.saveAndFlush(job);
		});
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
