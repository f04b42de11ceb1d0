package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportCalls;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Nodes that share the database fail each other's jobs only once the owner is evidently
 * gone: a queued or running job whose node's heartbeat is fresh is left alone at
 * start-up; one whose heartbeat is stale, or that an older version left without an owner,
 * is failed with the restart's message; the heartbeat advances while the job's worker
 * holds it; and a worker that finishes a job another node failed meanwhile leaves it
 * failed, never finished with the error beside it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRecoveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	ImportJobRepository jobs;

	@Autowired
	ImportRecovery recovery;

	@Autowired
	JobWorkers workers;

	@Autowired
	JobNode node;

	@Autowired
	JobHeartbeat heartbeat;

	@Autowired
	ExchangeProperties properties;

	@Autowired
	ExportFiles exportFiles;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScheduledTaskHolder scheduled;

	private NeedFixtures fixtures;

	private CurrentUser owner;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.owner = ((CurrentUser.CurrentUserHolder) this.users.loadUserByUsername(this.fixtures.username(Who.OWNER)))
			.currentUser();
	}

	@Test
	void leavesTheQueuedAndRunningJobsOfAnotherNodeAloneAtStartUpWhileTheirHeartbeatIsFresh() throws Exception {
		String other = "another-host/" + UUID.randomUUID();
		Instant now = Instant.now();
		long queued = save("needs-xlsx", other, now, false);
		long running = save("projects-xlsx", other, now, true);

		this.recovery.run(new DefaultApplicationArguments());
		this.recovery.failLeftOvers(now.plus(this.properties.staleAfter()).minusSeconds(1));

		assertThat(job(queued).getStatus()).isEqualTo(JobStatus.QUEUED);
		assertThat(job(running).getStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(job(running).getErrorMessage()).isNull();
		assertThat(job(running).getNode()).isEqualTo(other);
		String mine = api(running, Who.OWNER);
		assertThat(Instant.parse(JsonPath.read(mine, "$.heartbeatAt"))).isEqualTo(job(running).getHeartbeatAt());
		assertThat((String) JsonPath.read(mine, "$.node")).as("a server's name is for the Secretariat").isNull();
		assertThat((String) JsonPath.read(api(running, Who.SECRETARIAT), "$.node")).isEqualTo(other);
	}

	@Test
	void failsAtStartUpTheJobsWhoseHeartbeatIsStaleOrThatAnOlderVersionLeftWithoutOwner() {
		Instant stale = Instant.now().minus(this.properties.staleAfter()).minusSeconds(5);
		long gone = save("needs-xlsx", "a-stopped-host/" + UUID.randomUUID(), stale, true);
		long older = save("projects-xlsx", "an-older-version/" + UUID.randomUUID(), Instant.now(), false);
		this.jdbc.update("update exchange_job set node = null, heartbeat_at = null where id = ?", older);

		this.recovery.run(new DefaultApplicationArguments());

		for (long id : new long[] { gone, older }) {
			assertThat(job(id).getStatus()).isEqualTo(JobStatus.FAILED);
			assertThat(job(id).getErrorMessage()).isEqualTo(ImportRecovery.MESSAGE);
		}
		assertThat(job(gone).getProgress()).as("failing clears nothing else").isEqualTo(40);
	}

	@Test
	void aWorkerThatFinishesAJobAnotherNodeFailedLeavesItFailedWithoutAPreview() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		long id;
		try {
			id = runUntilReleased(release);
			otherNode().failLeftOvers(Instant.now().plus(this.properties.staleAfter()).plusSeconds(5));
			assertThat(job(id).getStatus()).isEqualTo(JobStatus.FAILED);
		}
		finally {
			release.countDown();
		}
		awaitReleased(id);

		ImportJob failed = job(id);
		assertThat(failed.getStatus()).isEqualTo(JobStatus.FAILED);
		assertThat(failed.getErrorMessage()).isEqualTo(ImportRecovery.MESSAGE);
		assertThat(failed.getPreviewJson()).isNull();
	}

	@Test
	void theNodeWhoseWorkersHoldAJobNeverFailsItEvenWhenItsHeartbeatStalled() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		long id;
		try {
			id = runUntilReleased(release);
			this.recovery.failLeftOvers(Instant.now().plus(this.properties.staleAfter()).plusSeconds(5));
			assertThat(job(id).getStatus()).isEqualTo(JobStatus.RUNNING);
		}
		finally {
			release.countDown();
		}
		awaitReleased(id);

		assertThat(job(id).getStatus()).isEqualTo(JobStatus.PREVIEW_READY);
		assertThat(job(id).getErrorMessage()).isNull();
	}

	@Test
	void anUploadAnotherNodeFailedWhileItWaitedForAWorkerIsNeverRead() throws Exception {
		ImportCalls imports = new ImportCalls(this.mvc, this.fixtures);
		byte[] template = imports.template(this.fixtures.openCycle(), Who.OWNER);
		CountDownLatch release = new CountDownLatch(1);
		long upload;
		try {
			BusyWorkers.occupyEvery(this.workers, this.properties.workers(), release);
			upload = imports.upload(template, "needs.xlsx", Who.OWNER);
			assertThat(job(upload).getStatus()).isEqualTo(JobStatus.QUEUED);
			assertThat(job(upload).getNode()).isEqualTo(this.node.id());
			otherNode().failLeftOvers(Instant.now().plus(this.properties.staleAfter()).plusSeconds(5));
		}
		finally {
			release.countDown();
		}
		awaitReleased(upload);

		String json = imports.await(upload, Who.OWNER);
		assertThat(ImportCalls.status(json)).isEqualTo("FAILED");
		assertThat(job(upload).getErrorMessage()).isEqualTo(ImportRecovery.MESSAGE);
		assertThat(job(upload).getPreviewJson()).isNull();
	}

	@Test
	void theHeartbeatAdvancesWhileTheWorkersHoldAJobAndStopsWhenItIsFinished() throws Exception {
		long others = save("needs-xlsx", "another-host/" + UUID.randomUUID(), Instant.now(), true);
		Instant othersBeat = job(others).getHeartbeatAt();
		CountDownLatch release = new CountDownLatch(1);
		long id;
		Instant later;
		try {
			id = runUntilReleased(release);
			Instant first = job(id).getHeartbeatAt();
			later = first.plus(this.properties.heartbeatEvery()).truncatedTo(ChronoUnit.MILLIS);

			this.heartbeat.beat(later);
			assertThat(job(id).getHeartbeatAt()).isEqualTo(later);
			assertThat(job(others).getHeartbeatAt()).as("another node's job").isEqualTo(othersBeat);
			otherNode().failLeftOvers(first.plus(this.properties.staleAfter()).plusSeconds(1));
			assertThat(job(id).getStatus()).as("fresh for another node, thanks to the beat")
				.isEqualTo(JobStatus.RUNNING);
		}
		finally {
			release.countDown();
		}
		awaitReleased(id);

		assertThat(job(id).getStatus()).isEqualTo(JobStatus.PREVIEW_READY);
		Instant finished = job(id).getHeartbeatAt();
		this.heartbeat.beat(later.plus(Duration.ofMinutes(1)));
		assertThat(job(id).getHeartbeatAt()).as("a finished job has no heartbeat to keep").isEqualTo(finished);
		assertThat(this.scheduled.getScheduledTasks()).map(ScheduledTask::getTask)
			.filteredOn(FixedDelayTask.class::isInstance)
			.map((task) -> ((FixedDelayTask) task).getIntervalDuration())
			.contains(this.properties.heartbeatEvery());
	}

	/**
	 * A job of this node whose worker starts it, as a runner does, and waits for the
	 * release to show its preview.
	 */
	private long runUntilReleased(CountDownLatch release) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		long id = save("needs-xlsx", this.node.id(), Instant.now(), false);
		this.workers.submit(id, SecurityContextHolder.createEmptyContext(), new JobWorkers.Messages("oops", "busy"),
				() -> {
					this.workers.start(id);
					started.countDown();
					BusyWorkers.await(release);
					this.workers.previewReady(id, "{\"create\": 1}");
				});
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		return id;
	}

	/**
	 * The recovery of another node (another process on the same database), whose workers
	 * hold none of this node's jobs.
	 */
	private ImportRecovery otherNode() {
		return new ImportRecovery(this.jobs, this.exportFiles, new JobNode(), this.properties, this.transactions,
				this.clock);
	}

	private long save(String kind, String node, Instant at, boolean running) {
		ImportJob job = new ImportJob(kind, this.owner.accountId(), this.owner.username(), "target/no-such-file",
				kind + ".xlsx", null, node, at);
		if (running) {
			job.start(node, at);
			job.progress(40, at);
		}
		return this.jobs.saveAndFlush(job).getId();
	}

	private String api(long id, Who who) throws Exception {
		return this.mvc.perform(get("/api/v1/jobs/" + id).with(this.fixtures.as(who)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ImportJob job(long id) {
		return this.jobs.findById(id).orElseThrow();
	}

	private void awaitReleased(long id) throws InterruptedException {
		BusyWorkers.awaitIdle(this.workers, this.properties.workers());
		assertThat(this.node.holds(id)).isFalse();
	}

}
