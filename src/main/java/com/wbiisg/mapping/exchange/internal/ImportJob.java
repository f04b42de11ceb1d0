package com.wbiisg.mapping.exchange.internal;

import java.time.Instant;

import com.wbiisg.mapping.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded file on its way in: queued, read into a preview, confirmed into the
 * platform or failed. Only its uploader (and the Secretariat) sees it. The preview and
 * the result are stored as JSON. An export job ({@link ExportJobs}) is a row of the same
 * kind on its way out: its uploader is the member who started it, its file the one being
 * written, its original name the name the file is downloaded under, and it has no
 * preview.
 */
@Entity
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

	@Version
	private long version;

	protected ImportJob() {
	}

	ImportJob(String kind, long uploaderId, String uploader, String filePath, String originalName,
			@Nullable String parameters, Instant at) {
		this.kind = kind;
		this.status = JobStatus.QUEUED;
		this.uploaderId = uploaderId;
		this.uploader = uploader;
		this.filePath = filePath;
		this.originalName = originalName;
		this.parameters = parameters;
		this.createdAt = at;
		this.updatedAt = at;
	}

	void start(Instant at) {
		this.status = JobStatus.RUNNING;
		this.progress = 0;
		this.updatedAt = at;
	}

	void progress(int percent, Instant at) {
		this.progress = Math.max(0, Math.min(100, percent));
		this.updatedAt = at;
	}

	void previewReady(String previewJson, Instant at) {
		this.status = JobStatus.PREVIEW_READY;
		this.previewJson = previewJson;
		this.progress = 100;
		this.updatedAt = at;
	}

	/**
	 * Starts the import of a previewed file.
	 * @throws ConflictException unless the preview is ready
	 */
	void confirm(Instant at) {
		if (this.status != JobStatus.PREVIEW_READY) {
			throw new ConflictException("Import " + this.id + " is " + this.status.name().toLowerCase()
					+ ": only an import whose preview is ready can be confirmed.");
		}
		start(at);
	}

	void done(String resultJson, Instant at) {
		this.status = JobStatus.DONE;
		this.resultJson = resultJson;
		this.progress = 100;
		this.updatedAt = at;
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

	void fail(String message, Instant at) {
		this.status = JobStatus.FAILED;
		this.errorMessage = (message.length() > 4000) ? message.substring(0, 4000) : message;
		this.updatedAt = at;
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

	public long getVersion() {
		return this.version;
	}

}
