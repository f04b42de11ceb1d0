package com.wbiisg.mapping.exchange.web.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.JobView;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * An import or export job as the API shows it (API.md "Exchange"): the preview of an
 * import has the counts {@code create, update, unchanged, skip}, the {@code errors} with
 * sheet, row, column and message, and the {@code items}; the result of an import has the
 * counts and the ids of the needs and projects created or changed, that of an export the
 * {@code rows} and {@code bytes} of its file, its {@code fileName} and its
 * {@code download} address; {@code fileDeletedAt} tells when the job's file was deleted
 * (an export's once kept long enough, after which it no longer downloads);
 * {@code heartbeatAt} when the node working on the job last said so, and {@code node}
 * which node (process) that is, shown to the Secretariat only since it names a server.
 * The preview and the result are sent as the job keeps them, JSON the platform wrote
 * itself, without reading them into a tree and writing them again: a job is polled while
 * it runs, and the preview of a large file has an item per activity.
 */
record JobResponse(long id, String kind, JobStatus status, int progress, String fileName,
		@JsonRawValue @Nullable String preview, @JsonRawValue @Nullable String result, @Nullable String error,
		Instant createdAt, Instant updatedAt, @Nullable Instant fileDeletedAt, long version, @Nullable String node,
		@Nullable Instant heartbeatAt) {

	static JobResponse of(JobView job) {
		boolean secretariat = CurrentUser.get().filter((user) -> user.is(Role.SECRETARIAT)).isPresent();
		return new JobResponse(job.id(), job.kind(), job.status(), job.progress(), job.originalName(),
				job.previewJson(), job.resultJson(), job.errorMessage(), job.createdAt(), job.updatedAt(),
				job.fileDeletedAt(), job.version(), secretariat ? job.node() : null, job.heartbeatAt());
	}

}
