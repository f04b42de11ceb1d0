package com.wbiisg.mapping.exchange.internal.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * This start of the platform as the owner of exchange jobs: an id of its own (the host
 * name, for people reading it, and a random UUID, since two processes may share a host
 * and a restarted one is another owner), and the jobs its workers hold, queued or
 * running. The jobs it holds are the ones it keeps alive ({@link JobHeartbeat}); a job
 * whose heartbeat went stale is taken over by any node ({@link ImportRecovery}), but
 * never one that this node's workers still hold.
 */
@Component
class JobNode {

	private final String id;

	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	JobNode() {
		this.id = hostName() + "/" + UUID.randomUUID();
	}

	String id() {
		return this.id;
	}

	void hold(long jobId) {
		this.held.add(jobId);
	}

	void release(long jobId) {
		this.held.remove(jobId);
	}

	boolean holds(long jobId) {
		return this.held.contains(jobId);
	}

	/**
	 * The jobs this node's workers hold now.
	 */
	Set<Long> held() {
		return Set.copyOf(this.held);
	}

	private static String hostName() {
		try {
			String name = InetAddress.getLocalHost().getHostName();
			return (name.length() > 200) ? name.substring(0, 200) : name;
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
