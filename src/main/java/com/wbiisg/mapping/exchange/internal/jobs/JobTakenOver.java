package com.wbiisg.mapping.exchange.internal.jobs;

import com.wbiisg.mapping.exchange.JobStatus;
import org.jspecify.annotations.Nullable;

/**
 * The job is no longer the worker's to change: another node failed it as left behind
 * while its heartbeat was stale ({@link ImportRecovery}), or it was never this node's.
 * The worker drops its work, and the job keeps the state it has.
 */
class JobTakenOver extends RuntimeException {

	JobTakenOver(@Nullable Long jobId, JobStatus status, @Nullable String node) {
		super("Exchange job " + jobId + " is " + status + " (node " + node + "): no longer this worker's");
	}

	JobTakenOver(long jobId) {
		super("Exchange job " + jobId + " is no longer running on this node");
	}

}
