package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Instant;
import java.util.Locale;

import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded file on its way in: queued, read into a preview, confirmed into the
 * platform or failed. Only its uploader (and the Secretariat) sees it. The preview and
 * the result are stored as JSON. An export job ({@link ExportJobs}) is a row of the same
 * kind on its way out: its uploader is the member who started it, its file the one being
 * written, its original name the name the file is downloaded under, and it has no
 * preview. While it is queued or running, its node ({@link JobNode}) notes a heartbeat on
 * it; only that node's worker moves it on, and any node fails it once the heartbeat is
 * stale ({@link ImportRecovery}). A job is done or failed once: the first ending stands,
 * so a job never shows a preview or a result beside an error. A change writes only the
 * columns it changed: the preview, written once, is not written again with every later
 * step of the job.
 */
@Entity
@DynamicUpdate
@Table(name = "exchange_job")
public class ImportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private JobStatus status;

	@Column(nullable = false)
	private int progress;

	@Column(name = "uploader_id", nullable = false, updatable = false)
	private long uploaderId;

	@Column(nullable = false, updatable = false)
	private String uploader;

	@Column(name = "file_path", nullable = false, updatable = false)
	private String filePath;

	@Column(name = "original_name", nullable = false, updatable = false)
	private String originalName;

	@Column(updatable = false)
	private @Nullable String parameters;

	@Column(name = "preview_json")
	private @Nullable String previewJson;

	@Column(name = "result_json")
	private @Nullable String resultJson;

	@Column(name = "error_message")
	private @Nullable String errorMessage;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	private @Nullable Instant fileDeletedAt;

	@Column(length = 300)
	private @Nullable String node;

	@Column(name = "heartbeat_at")
	private @Nullable Instant heartbeatAt;

	@Version
	private long version;

	protected ImportJob() {
	}

	ImportJob(String kind, long uploaderId, String uploader, String filePath, String originalName,
			@Nullable String parameters, String node, Instant at) {
		this.kind = kind;
		this.status = JobStatus.QUEUED;
		this.uploaderId = uploaderId;
		this.uploader = uploader;
		this.filePath = filePath;
		this.originalName = originalName;
		this.parameters = parameters;
		this.createdAt = at;
		this.updatedAt = at;
		this.node = node;
		this.heartbeatAt = at;
	}

	/**
	 * Marks the job as running, from the worker of the node that queued it.
	 * @throws JobTakenOver unless the job is queued or running on that node
	 */
	void start(String node, Instant at) {
		if (!this.status.isWorking() || !node.equals(this.node)) {
			throw new JobTakenOver(this.id, this.status, this.node);
		}
		this.status = JobStatus.RUNNING;
		this.progress = 0;
		this.updatedAt = at;
		this.heartbeatAt = at;
	}

	void progress(int percent, Instant at) {
		this.progress = Math.max(0, Math.min(100, percent));
		this.updatedAt = at;
	}

	/**
	 * Shows the preview the node's worker read.
	 * @throws JobTakenOver unless the job is running on that node
	 */
	void previewReady(String node, String previewJson, Instant at) {
		requireRunningOn(node);
		this.status = JobStatus.PREVIEW_READY;
		this.previewJson = previewJson;
		this.progress = 100;
		this.updatedAt = at;
		this.heartbeatAt = at;
	}

	/**
	 * Starts the import of a previewed file, on the node that confirms it.
	 * @throws ConflictException unless the preview is ready
	 */
	void confirm(String node, Instant at) {
		if (this.status != JobStatus.PREVIEW_READY) {
			throw new ConflictException(
					UserText.of("exchange.import.notReady", this.id, this.status.name().toLowerCase(Locale.ROOT)));
		}
		this.node = node;
		this.status = JobStatus.RUNNING;
		this.progress = 0;
		this.updatedAt = at;
		this.heartbeatAt = at;
	}

	/**
	 * Marks the job as done with what the node's worker did.
	 * @throws JobTakenOver unless the job is running on that node
	 */
	void done(String node, String resultJson, Instant at) {
		requireRunningOn(node);
		this.status = JobStatus.DONE;
		this.resultJson = resultJson;
		this.progress = 100;
		this.updatedAt = at;
		this.heartbeatAt = at;
	}

	/**
	 * A finished or failed job keeps its ending: only the worker that runs a job finishes
	 * it, and a job that another node failed meanwhile stays failed with its message.
	 */
	private void requireRunningOn(String node) {
		if (this.status != JobStatus.RUNNING || !node.equals(this.node)) {
			throw new JobTakenOver(this.id, this.status, this.node);
		}
	}

	/**
	 * Notes that the job's file is deleted: an upload once imported, an export's file
	 * once kept long enough; a preview whose file is gone can no longer be confirmed, so
	 * its import fails with the message.
	 */
	void fileDeleted(String expiredPreview, Instant at) {
		if (this.status == JobStatus.PREVIEW_READY) {
			fail(expiredPreview, at);
		}
		this.fileDeletedAt = at;
	}

	/**
	 * Fails the job with the message, keeping what it has (a preview, its node), unless
	 * it has already ended: a job is done or failed once, and the first ending stands.
	 * @return whether the job failed now
	 */
	boolean fail(String message, Instant at) {
		if (this.status == JobStatus.DONE || this.status == JobStatus.FAILED) {
			return false;
		}
		this.status = JobStatus.FAILED;
		this.errorMessage = (message.length() > 4000) ? message.substring(0, 4000) : message;
		this.updatedAt = at;
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public String getKind() {
		return this.kind;
	}

	public JobStatus getStatus() {
		return this.status;
	}

	public int getProgress() {
		return this.progress;
	}

	public long getUploaderId() {
		return this.uploaderId;
	}

	public String getUploader() {
		return this.uploader;
	}

	public String getFilePath() {
		return this.filePath;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public @Nullable String getParameters() {
		return this.parameters;
	}

	public @Nullable String getPreviewJson() {
		return this.previewJson;
	}

	public @Nullable String getResultJson() {
		return this.resultJson;
	}

	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * When the job's file was deleted, or {@code null} while it is kept.
	 */
	public @Nullable Instant getFileDeletedAt() {
		return this.fileDeletedAt;
	}

	/**
	 * The node that works or worked on the job ({@link JobNode}), or {@code null} for a
	 * job of an older version.
	 */
	public @Nullable String getNode() {
		return this.node;
	}

	/**
	 * When the job's node last said it was working on the job.
	 */
	public @Nullable Instant getHeartbeatAt() {
		return this.heartbeatAt;
	}

	public long getVersion() {
		return this.version;
	}

}
