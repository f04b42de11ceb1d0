package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.exchange.JobStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findByUploaderIdOrderByCreatedAtDesc(long uploaderId, Limit limit);

	List<ImportJob> findAllByOrderByCreatedAtDesc(Limit limit);

	List<ImportJob> findByUploaderIdAndKindInOrderByCreatedAtDesc(long uploaderId, Collection<String> kinds,
			Limit limit);

	List<ImportJob> findByKindInOrderByCreatedAtDesc(Collection<String> kinds, Limit limit);

	/**
	 * The jobs of the statuses whose file is still kept and which have not changed since
	 * the instant, oldest first.
	 */
	List<ImportJob> findByStatusInAndFileDeletedAtIsNullAndUpdatedAtBeforeOrderByUpdatedAt(
			Collection<JobStatus> statuses, Instant before, Limit limit);

	/**
	 * The jobs of the statuses whose node's heartbeat is older than the instant, or which
	 * an older version left without one.
	 */
	@Query("select j from ImportJob j where j.status in :statuses "
			+ "and (j.heartbeatAt is null or j.heartbeatAt < :staleBefore) order by j.id")
	List<ImportJob> findStale(Collection<JobStatus> statuses, Instant staleBefore);

	/**
	 * Marks the job as failed with the message if it still has one of the statuses and
	 * its heartbeat is still older than the instant: a node whose heartbeat came back
	 * meanwhile keeps its job, and a job that ended meanwhile keeps its ending.
	 * @return 1 when the job failed now, else 0
	 */
	@Modifying
	@Query("update ImportJob j set j.status = com.wbiisg.mapping.exchange.JobStatus.FAILED, "
			+ "j.errorMessage = :message, j.updatedAt = :at, j.version = j.version + 1 "
			+ "where j.id = :id and j.status in :statuses "
			+ "and (j.heartbeatAt is null or j.heartbeatAt < :staleBefore)")
	int failIfStale(long id, Collection<JobStatus> statuses, Instant staleBefore, String message, Instant at);

	/**
	 * Notes the progress of the job running on the node (which is also a heartbeat).
	 * @return 0 when the job is no longer running on that node
	 */
	@Modifying
	@Query("update ImportJob j set j.progress = :progress, j.updatedAt = :at, j.heartbeatAt = :at "
			+ "where j.id = :id and j.node = :node " + "and j.status = com.wbiisg.mapping.exchange.JobStatus.RUNNING")
	int updateProgress(long id, String node, int progress, Instant at);

	/**
	 * Notes the heartbeat of the node on those of the jobs that are still of the statuses
	 * and its, never moving a heartbeat back. The version stays: the heartbeat is no
	 * change a worker or a reader could conflict with.
	 */
	@Modifying
	@Query("update ImportJob j set j.heartbeatAt = :at where j.id in :ids and j.node = :node "
			+ "and j.status in :statuses and (j.heartbeatAt is null or j.heartbeatAt < :at)")
	int beat(String node, Collection<Long> ids, Collection<JobStatus> statuses, Instant at);

}
