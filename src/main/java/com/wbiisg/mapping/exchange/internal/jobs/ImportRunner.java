package com.wbiisg.mapping.exchange.internal.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.shared.UserText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the importers on the exchange job workers ({@link JobWorkers}), each task as the
 * uploader: the preview outside any write transaction, the confirmation in one
 * transaction that is rolled back whole when anything fails, the job's end included.
 */
@Component
class ImportRunner {

	private static final JobWorkers.Messages MESSAGES = new JobWorkers.Messages(
			UserText.of("exchange.job.importFailed").english(), UserText.of("exchange.job.importBusy").english());

	private final JobWorkers workers;

	private final Map<String, Importer> importers = new ConcurrentHashMap<>();

	private final ImportStorage storage;

	private final JsonMapper json;

	private final TransactionTemplate importTransaction;

	ImportRunner(JobWorkers workers, List<Importer> importers, ImportStorage storage, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.workers = workers;
		importers.forEach((importer) -> this.importers.put(importer.kind(), importer));
		this.storage = storage;
		this.json = json;
		this.importTransaction = new TransactionTemplate(transactions);
	}

	boolean knows(String kind) {
		return this.importers.containsKey(kind);
	}

	boolean readsWhileArriving(String kind) {
		return this.importers.get(kind).readsWhileArriving();
	}

	Set<String> kinds() {
		return Set.copyOf(this.importers.keySet());
	}

	void preview(long jobId, ImportFile file, SecurityContext context) {
		this.workers.submit(jobId, context, MESSAGES, () -> {
			Importer importer = this.importers.get(this.workers.start(jobId).getKind());
			ImportPreview preview = importer.preview(file, this.workers.progress(jobId));
			this.workers.previewReady(jobId, this.json.writeValueAsString(preview));
		});
	}

	void confirm(long jobId, ImportFile file, SecurityContext context) {
		this.workers.submit(jobId, context, MESSAGES, () -> {
			Importer importer = this.importers.get(this.workers.start(jobId).getKind());
			// done in the import's transaction: if another node failed the job meanwhile
			// (saying that nothing was stored), nothing is
			String path = this.importTransaction.execute((status) -> {
				ImportResult result = importer.confirm(file, this.workers.progress(jobId));
				return this.workers.doneWithin(jobId, this.json.writeValueAsString(result)).getFilePath();
			});
			this.storage.delete(path);
		});
	}

}
