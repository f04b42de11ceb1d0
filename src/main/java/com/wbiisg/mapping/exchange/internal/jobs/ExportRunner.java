package com.wbiisg.mapping.exchange.internal.jobs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.ExportResult;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.exports.ExportWriter;
import com.wbiisg.mapping.shared.UserText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Writes exports into files on the exchange job workers ({@link JobWorkers}), each as the
 * job's owner, so the file holds what the owner may see: the job's progress follows the
 * rows written, and when the file is complete the job is done with its size. A file that
 * could not be completed is deleted.
 */
@Component
class ExportRunner {

	private static final JobWorkers.Messages MESSAGES = new JobWorkers.Messages(
			UserText.of("exchange.job.exportFailed").english(), UserText.of("exchange.job.exportBusy").english());

	private final JobWorkers workers;

	private final ExportWriter writer;

	private final ExportFiles files;

	private final JsonMapper json;

	ExportRunner(JobWorkers workers, ExportWriter writer, ExportFiles files, JsonMapper json) {
		this.workers = workers;
		this.writer = writer;
		this.files = files;
		this.json = json;
	}

	void run(long jobId, ExportKind kind, SecurityContext owner) {
		this.workers.submit(jobId, owner, MESSAGES, () -> {
			String path = this.workers.start(jobId).getFilePath();
			try {
				ExportResult result = write(jobId, kind, Path.of(path));
				this.workers.done(jobId, this.json.writeValueAsString(result));
			}
			catch (RuntimeException ex) {
				this.files.delete(path);
				throw ex;
			}
		});
	}

	private ExportResult write(long jobId, ExportKind kind, Path file) {
		ImportProgress percent = this.workers.progress(jobId);
		try {
			long rows;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				rows = this.writer.write(kind, out, (done, total) -> percent.update(percent(done, total)));
			}
			return new ExportResult(rows, Files.size(file), kind.fileName(), "/api/v1/jobs/" + jobId + "/file");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The share written, kept below 100 until the file is complete.
	 */
	static int percent(long done, long total) {
		return (total <= 0) ? 0 : (int) Math.min(99, done * 100 / total);
	}

}
