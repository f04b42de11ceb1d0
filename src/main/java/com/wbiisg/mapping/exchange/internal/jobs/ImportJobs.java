package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.exchange.FileTooLargeException;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.UnknownImportKindException;
import com.wbiisg.mapping.exchange.internal.Arrival;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import jobs of the users: uploading a file starts a job that reads it into a
 * preview; confirming the preview imports it. A job, import or export
 * ({@link ExportJobs}), is seen only by its owner and by the Secretariat; to anyone else
 * it does not exist.
 */
@Service
@Transactional
public class ImportJobs {

	private static final Set<Role> IMPORTERS = Set.of(Role.SECRETARIAT, Role.BENEFICIARY_FOCAL_POINT,
			Role.PARTNER_FOCAL_POINT);

	private static final RecordType IMPORT = RecordType.of("Import", "exchange.record.import");

	/**
	 * A job of either kind, as the audit trail keeps a denied read of it; the answer
	 * names an import.
	 */
	private static final RecordType JOB = RecordType.of("Job", "exchange.record.job");

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final ImportStorage storage;

	private final JsonMapper json;

	private final Clock clock;

	private final JobNode node;

	ImportJobs(ImportJobRepository jobs, ImportRunner runner, ImportStorage storage, JsonMapper json, Clock clock,
			JobNode node) {
		this.jobs = jobs;
		this.runner = runner;
		this.storage = storage;
		this.json = json;
		this.clock = clock;
		this.node = node;
	}

	/**
	 * Whether the current user may import files at all.
	 */
	public static boolean mayImport() {
		return CurrentUser.get().map((user) -> IMPORTERS.contains(user.role())).orElse(false);
	}

	public static void ensureMayImport() {
		if (!mayImport()) {
			throw new AccessDeniedException(UserText.of("exchange.import.denied").english());
		}
	}

	/**
	 * The kinds of file that can be imported, as named in the API.
	 */
	public Set<String> kinds() {
		return this.runner.kinds();
	}

	/**
	 * Stores the upload and queues the reading of its preview.
	 * @throws UnknownImportKindException when no importer reads that kind of file
	 * @throws FileTooLargeException when the file is over the limit
	 */
	public ImportJob submit(@Nullable String kind, MultipartFile upload, Map<String, String> parameters) {
		ensureMayImport();
		String known = known(kind);
		return register(known, upload.getOriginalFilename(), parameters, this.storage.store(upload), null);
	}

	/**
	 * The kind as the importers name it.
	 * @throws UnknownImportKindException when no importer reads that kind of file
	 */
	String known(@Nullable String kind) {
		String normalised = (kind == null) ? "" : kind.trim().toLowerCase(Locale.ROOT);
		if (!this.runner.knows(normalised)) {
			throw new UnknownImportKindException(kind, this.runner.kinds());
		}
		return normalised;
	}

	/**
	 * Whether the preview of that kind of file is read while the file arrives.
	 */
	boolean readsWhileArriving(String kind) {
		return this.runner.readsWhileArriving(kind);
	}

	/**
	 * Starts the job of a kept upload and queues the reading of its preview once the job
	 * is committed, as the file arrives when it is still {@code arriving}.
	 */
	ImportJob register(String kind, @Nullable String originalName, Map<String, String> parameters, Path file,
			@Nullable Arrival arriving) {
		CurrentUser user = CurrentUser.get().orElseThrow();
		String name = (originalName == null || originalName.isBlank()) ? "upload" : shorten(originalName.trim());
		Map<String, String> kept = new LinkedHashMap<>(parameters);
		kept.remove("kind");
		kept.remove("_csrf");
		ImportJob job = this.jobs.saveAndFlush(new ImportJob(kind, user.accountId(), user.username(), file.toString(),
				name, this.json.writeValueAsString(kept), this.node.id(), this.clock.instant()));
		ImportFile importFile = new ImportFile(file, name, user, kept, arriving);
		SecurityContext context = JobWorkers.copyOfCurrentContext();
		JobWorkers.afterCommit(() -> this.runner.preview(job.getId(), importFile, context));
		return job;
	}

	/**
	 * The job, import or export, if it is the current user's.
	 * @throws RecordNotFoundException when there is no such job or it is not the current
	 * user's
	 */
	@Transactional(readOnly = true)
	public ImportJob get(long id) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.signInFirst").english()));
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> new RecordNotFoundException(IMPORT, id));
		if (!user.is(Role.SECRETARIAT) && job.getUploaderId() != user.accountId()) {
			// Audited as a job, import or export, of someone else.
			throw new HiddenRecordException(JOB, id).answeredAs(IMPORT, id);
		}
		return job;
	}

	/**
	 * The job, if it is an import (not an export) of the current user.
	 * @throws RecordNotFoundException when there is no such import or it is not the
	 * current user's
	 */
	@Transactional(readOnly = true)
	public ImportJob getImport(long id) {
		ImportJob job = get(id);
		if (!this.runner.knows(job.getKind())) {
			throw new RecordNotFoundException(IMPORT, id);
		}
		return job;
	}

	/**
	 * Queues the import of a previewed file.
	 * @throws com.wbiisg.mapping.shared.ConflictException unless its preview is ready
	 */
	public ImportJob confirm(long id) {
		ensureMayImport();
		ImportJob job = getImport(id);
		job.confirm(this.node.id(), this.clock.instant());
		this.jobs.saveAndFlush(job);
		CurrentUser user = CurrentUser.get().orElseThrow();
		Map<String, String> parameters = parameters(job);
		ImportFile file = new ImportFile(Path.of(job.getFilePath()), job.getOriginalName(), user, parameters);
		SecurityContext context = JobWorkers.copyOfCurrentContext();
		JobWorkers.afterCommit(() -> this.runner.confirm(id, file, context));
		return job;
	}

	/**
	 * The current user's latest jobs, imports and exports (every user's for the
	 * Secretariat), newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportJob> mine(int limit) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.signInFirst").english()));
		return user.is(Role.SECRETARIAT) ? this.jobs.findAllByOrderByCreatedAtDesc(Limit.of(limit))
				: this.jobs.findByUploaderIdOrderByCreatedAtDesc(user.accountId(), Limit.of(limit));
	}

	/**
	 * The current user's latest jobs of these kinds (every user's for the Secretariat),
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportJob> mine(int limit, Collection<String> kinds) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.signInFirst").english()));
		return user.is(Role.SECRETARIAT) ? this.jobs.findByKindInOrderByCreatedAtDesc(kinds, Limit.of(limit))
				: this.jobs.findByUploaderIdAndKindInOrderByCreatedAtDesc(user.accountId(), kinds, Limit.of(limit));
	}

	/**
	 * The job's preview, or {@code null} before it is ready.
	 */
	public @Nullable ImportPreview preview(ImportJob job) {
		return (job.getPreviewJson() == null) ? null : this.json.readValue(job.getPreviewJson(), ImportPreview.class);
	}

	public @Nullable ImportResult result(ImportJob job) {
		return (job.getResultJson() == null) ? null : this.json.readValue(job.getResultJson(), ImportResult.class);
	}

	private Map<String, String> parameters(ImportJob job) {
		if (job.getParameters() == null) {
			return Map.of();
		}
		Map<String, String> values = new LinkedHashMap<>();
		this.json.readTree(job.getParameters())
			.properties()
			.forEach((entry) -> values.put(entry.getKey(), entry.getValue().asString()));
		return values;
	}

	private static String shorten(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return (base.length() > 200) ? base.substring(0, 200) : base;
	}

}
