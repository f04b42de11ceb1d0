package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Instant;

import com.wbiisg.mapping.exchange.JobStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A job ends once: only the worker of the node running it finishes it, the first ending
 * stands, and failing keeps what the job has.
 */
class ImportJobTests {

	private static final String NODE = "this-host/1";

	private static final Instant AT = Instant.parse("2026-03-04T10:00:00Z");

	@Test
	void aFailedJobStaysFailedWithItsMessageWhenItsWorkerFinishes() {
		ImportJob job = running();
		assertThat(job.fail("The platform restarted", AT)).isTrue();

		assertThatExceptionOfType(JobTakenOver.class).isThrownBy(() -> job.previewReady(NODE, "{}", AT));
		assertThatExceptionOfType(JobTakenOver.class).isThrownBy(() -> job.done(NODE, "{}", AT));
		assertThatExceptionOfType(JobTakenOver.class).isThrownBy(() -> job.start(NODE, AT));
		assertThat(job.fail("Another message", AT)).isFalse();

		assertThat(job.getStatus()).isEqualTo(JobStatus.FAILED);
		assertThat(job.getErrorMessage()).isEqualTo("The platform restarted");
		assertThat(job.getPreviewJson()).isNull();
		assertThat(job.getResultJson()).isNull();
	}

	@Test
	void onlyTheNodeRunningAJobFinishesIt() {
		ImportJob job = running();
		assertThatExceptionOfType(JobTakenOver.class).isThrownBy(() -> job.previewReady("other-host/2", "{}", AT));
		assertThat(job.getStatus()).isEqualTo(JobStatus.RUNNING);

		job.previewReady(NODE, "{}", AT.plusSeconds(5));
		assertThat(job.getStatus()).isEqualTo(JobStatus.PREVIEW_READY);
		assertThat(job.getHeartbeatAt()).isEqualTo(AT.plusSeconds(5));
	}

	@Test
	void aDoneJobCannotFailAndAFailedPreviewKeepsItsPreview() {
		ImportJob done = running();
		done.done(NODE, "{\"rows\": 3}", AT);
		assertThat(done.fail("Too late", AT)).isFalse();
		assertThat(done.getStatus()).isEqualTo(JobStatus.DONE);
		assertThat(done.getErrorMessage()).isNull();

		ImportJob previewed = running();
		previewed.previewReady(NODE, "{\"create\": 1}", AT);
		previewed.fileDeleted("The preview waited too long", AT);
		assertThat(previewed.getStatus()).isEqualTo(JobStatus.FAILED);
		assertThat(previewed.getPreviewJson()).isEqualTo("{\"create\": 1}");
		assertThat(previewed.getNode()).isEqualTo(NODE);
	}

	@Test
	void theNodeThatConfirmsAPreviewRunsTheImport() {
		ImportJob job = running();
		job.previewReady(NODE, "{}", AT);
		job.confirm("other-host/2", AT.plusSeconds(60));

		assertThat(job.getStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(job.getNode()).isEqualTo("other-host/2");
		assertThat(job.getHeartbeatAt()).isEqualTo(AT.plusSeconds(60));
		assertThatExceptionOfType(JobTakenOver.class).isThrownBy(() -> job.done(NODE, "{}", AT));
	}

	private static ImportJob running() {
		ImportJob job = new ImportJob("needs-xlsx", 1, "someone", "upload", "needs.xlsx", null, NODE, AT);
		job.start(NODE, AT);
		return job;
	}

}
