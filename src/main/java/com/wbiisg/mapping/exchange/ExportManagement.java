package com.wbiisg.mapping.exchange;

import java.io.OutputStream;
import java.util.List;

import com.wbiisg.mapping.exchange.internal.exports.ExportProgress;
import com.wbiisg.mapping.exchange.internal.exports.ExportWriter;
import com.wbiisg.mapping.exchange.internal.jobs.ExportJobs;
import com.wbiisg.mapping.exchange.internal.jobs.ImportJob;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The exports as the pages and the API use them: written at once into a download, or
 * started as a job whose file is downloaded when it is done. Each holds what the current
 * user may see; the access checks and the rules are those of the services this delegates
 * to.
 */
@Service
public class ExportManagement {

	private final ExportJobs jobs;

	private final ExportWriter writer;

	ExportManagement(ExportJobs jobs, ExportWriter writer) {
		this.jobs = jobs;
		this.writer = writer;
	}

	/**
	 * Writes the export into the stream at once, on the caller's thread.
	 * @return how many records were written: needs, projects, links or IATI activities
	 */
	public long write(ExportKind kind, OutputStream out) {
		return this.writer.write(kind, out, ExportProgress.NONE);
	}

	/**
	 * Queues the export of the kind named in the API, as the current user.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when there is no export of
	 * that kind
	 * @throws org.springframework.security.access.AccessDeniedException when the current
	 * user is no member (an observer)
	 */
	public JobView start(@Nullable String kind) {
		return JobView.of(this.jobs.start(kind));
	}

	/**
	 * The export job of the current user (any for the Secretariat), with what it wrote
	 * once it is done.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * export or it is not the current user's
	 */
	public ExportDetails details(long id) {
		ImportJob job = this.jobs.get(id);
		return new ExportDetails(JobView.of(job), this.jobs.result(job));
	}

	/**
	 * The current user's latest export jobs (every user's for the Secretariat), newest
	 * first.
	 */
	public List<JobView> mine(int limit) {
		return this.jobs.mine(limit).stream().map(JobView::of).toList();
	}

	/**
	 * How long a finished export's file is kept for its download, in words ("7 days").
	 */
	public UserText keptFor() {
		return this.jobs.keptFor();
	}

	/**
	 * The file of a finished export job, to download.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when the job is not the
	 * current user's or its file is no longer kept
	 * @throws com.wbiisg.mapping.shared.ConflictException when the export is not done, or
	 * its file was deleted once kept long enough
	 */
	public ExportDownload file(long id) {
		return this.jobs.file(id);
	}

	/**
	 * An export job with what it wrote, or {@code null} until it is done.
	 */
	public record ExportDetails(JobView job, @Nullable ExportResult result) {
	}

}
