package com.wbiisg.mapping.exchange;

import java.time.Instant;

import com.wbiisg.mapping.exchange.internal.jobs.ImportJob;
import org.jspecify.annotations.Nullable;

/**
 * An import or export job as the pages and the API show it.
 *
 * @param id the job's id
 * @param kind the kind of import ({@code needs-xlsx}, {@code projects-xlsx},
 * {@code iati}) or export ({@link ExportKind#apiName()})
 * @param status where it stands
 * @param progress how far its worker got, from 0 to 100
 * @param uploader the username of who uploaded the file or started the export
 * @param originalName the uploaded file's name, or the name an export's file is
 * downloaded under
 * @param previewJson the preview of an import as the job keeps it, JSON, or {@code null}
 * before it is ready
 * @param resultJson what the job did as it keeps it, JSON ({@link ImportResult},
 * {@link ExportResult}), or {@code null} until it is done
 * @param errorMessage why it failed, or {@code null}
 * @param createdAt when it was queued
 * @param updatedAt when it last changed
 * @param fileDeletedAt when its file was deleted, or {@code null} while it is kept
 * @param version its version, which every change raises
 * @param node the node (process) that works or worked on it, or {@code null} for a job of
 * an older version
 * @param heartbeatAt when its node last said it was working on it
 */
public record JobView(long id, String kind, JobStatus status, int progress, String uploader, String originalName,
		@Nullable String previewJson, @Nullable String resultJson, @Nullable String errorMessage, Instant createdAt,
		Instant updatedAt, @Nullable Instant fileDeletedAt, long version, @Nullable String node,
		@Nullable Instant heartbeatAt) {

	static JobView of(ImportJob job) {
		return new JobView(job.getId(), job.getKind(), job.getStatus(), job.getProgress(), job.getUploader(),
				job.getOriginalName(), job.getPreviewJson(), job.getResultJson(), job.getErrorMessage(),
				job.getCreatedAt(), job.getUpdatedAt(), job.getFileDeletedAt(), job.getVersion(), job.getNode(),
				job.getHeartbeatAt());
	}

}
