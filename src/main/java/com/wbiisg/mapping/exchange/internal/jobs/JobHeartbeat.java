package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code iisg.exchange.heartbeat-every} (10 seconds by default), notes on the jobs
 * this node's workers hold, queued or running, that the node is still working on them, in
 * one update; then fails the jobs of nodes whose heartbeat went stale
 * ({@link ImportRecovery}). A job whose worker is gone without ending it is no longer
 * held, so its heartbeat stops too.
 */
@Component
class JobHeartbeat implements SchedulingConfigurer {

	private static final Set<JobStatus> WORKING = EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING);

	private final ImportJobRepository jobs;

	private final JobNode node;

	private final ImportRecovery recovery;

	private final ExchangeProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	JobHeartbeat(ImportJobRepository jobs, JobNode node, ImportRecovery recovery, ExchangeProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.node = node;
		this.recovery = recovery;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::tick, this.properties.heartbeatEvery(), this.properties.heartbeatEvery()));
	}

	private void tick() {
		Instant now = this.clock.instant();
		beat(now);
		this.recovery.failLeftOvers(now);
	}

	/**
	 * Notes the heartbeat at {@code now} on the working jobs this node's workers hold.
	 * @return on how many jobs
	 */
	int beat(Instant now) {
		Set<Long> held = this.node.held();
		if (held.isEmpty()) {
			return 0;
		}
		Integer beaten = this.transaction.execute((status) -> this.jobs.beat(this.node.id(), held, WORKING, now));
		return (beaten != null) ? beaten : 0;
	}

}
