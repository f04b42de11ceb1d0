package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.exchange.ExportDownload;
import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.ExportResult;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export jobs of the members: an export started in the background is written into a
 * file as its owner (what the owner may see, as the download at once would hold), and the
 * owner downloads the file from the job when it is done. Like an import, a job is seen
 * only by its owner and by the Secretariat ({@link ImportJobs#get}).
 */
@Service
@Transactional
public class ExportJobs {

	private static final RecordType EXPORT = RecordType.of("Export", "exchange.record.export");

	private final ImportJobRepository jobs;

	private final ImportJobs owned;

	private final ExportRunner runner;

	private final ExportFiles files;

	private final JsonMapper json;

	private final Clock clock;

	private final JobNode node;

	private final UserText keptFor;

	ExportJobs(ImportJobRepository jobs, ImportJobs owned, ExportRunner runner, ExportFiles files, JsonMapper json,
			Clock clock, JobNode node, ExchangeProperties properties) {
		this.keptFor = JobFileSweep.spanText(properties.keepFiles());
		this.jobs = jobs;
		this.owned = owned;
		this.runner = runner;
		this.files = files;
		this.json = json;
		this.clock = clock;
		this.node = node;
	}

	/**
	 * Queues the export of the kind named in the API, as the current user.
	 * @throws InvalidInputException when there is no export of that kind
	 * @throws AccessDeniedException when the current user is no member (an observer)
	 */
	public ImportJob start(@Nullable String kind) {
		CurrentUser user = CurrentUser.get()
			.filter((current) -> !current.is(Role.OBSERVER))
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.export.membersOnly").english()));
		ExportKind export = ExportKind.of(kind)
			.orElseThrow(() -> new InvalidInputException("kind", UserText.of("exchange.export.unknownKind",
					String.valueOf(kind), String.join(", ", ExportKind.apiNames()))));
		Path file = this.files.allocate(export);
		ImportJob job = this.jobs.saveAndFlush(new ImportJob(export.apiName(), user.accountId(), user.username(),
				file.toString(), export.fileName(), null, this.node.id(), this.clock.instant()));
		SecurityContext owner = JobWorkers.copyOfCurrentContext();
		JobWorkers.afterCommit(() -> this.runner.run(job.getId(), export, owner));
		return job;
	}

	/**
	 * The export job, if it is the current user's (or the current user is the
	 * Secretariat).
	 * @throws RecordNotFoundException when there is no such export or it is not the
	 * current user's
	 */
	@Transactional(readOnly = true)
	public ImportJob get(long id) {
		ImportJob job = this.owned.get(id);
		if (ExportKind.of(job.getKind()).isEmpty()) {
			throw new RecordNotFoundException(EXPORT, id);
		}
		return job;
	}

	/**
	 * The current user's latest export jobs (every user's for the Secretariat), newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<ImportJob> mine(int limit) {
		return this.owned.mine(limit, ExportKind.apiNames());
	}

	/**
	 * How long a finished export's file is kept for its download, in words ("7 days").
	 */
	public UserText keptFor() {
		return this.keptFor;
	}

	/**
	 * What the job wrote, or {@code null} until it is done.
	 */
	public @Nullable ExportResult result(ImportJob job) {
		return (job.getStatus() != JobStatus.DONE || job.getResultJson() == null) ? null
				: this.json.readValue(job.getResultJson(), ExportResult.class);
	}

	/**
	 * The file of a finished export job, to download.
	 * @throws RecordNotFoundException when the job is not the current user's or its file
	 * is no longer kept
	 * @throws ConflictException when the export is not done, or its file was deleted once
	 * kept long enough ({@link JobFileSweep})
	 */
	@Transactional(readOnly = true)
	public ExportDownload file(long id) {
		ImportJob job = get(id);
		if (job.getStatus() != JobStatus.DONE) {
			throw new ConflictException(
					UserText.of("exchange.export.notDone", id, job.getStatus().name().toLowerCase(Locale.ROOT)));
		}
		if (job.getFileDeletedAt() != null) {
			throw new ConflictException(UserText.of("exchange.export.fileDeleted", id,
					DateTimeFormatter.ISO_LOCAL_DATE.format(job.getFileDeletedAt().atOffset(ZoneOffset.UTC)),
					this.keptFor));
		}
		Path file = Path.of(job.getFilePath());
		if (!Files.isRegularFile(file)) {
			throw new RecordNotFoundException(RecordType.of("File of export", "exchange.record.exportFile"), id);
		}
		return new ExportDownload(file, ExportKind.of(job.getKind()).orElseThrow());
	}

}
