package com.wbiisg.mapping.exchange.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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

	List<ImportJob> findByStatusInAndKindIn(Collection<JobStatus> statuses, Collection<String> kinds);

	/**
	 * The jobs of the statuses whose file is still kept and which have not changed since
	 * the instant, oldest first.
	 */
	List<ImportJob> findByStatusInAndFileDeletedAtIsNullAndUpdatedAtBeforeOrderByUpdatedAt(
			Collection<JobStatus> statuses, Instant before, Limit limit);

	/**
	 * Marks the jobs of the statuses and kinds as failed, with the message: for jobs a
	 * stopped application left behind.
	 */
	@Modifying
	@Query("update ImportJob j set j.status = com.wbiisg.mapping.exchange.internal.JobStatus.FAILED, "
			+ "j.errorMessage = :message, j.updatedAt = :at, j.version = j.version + 1 "
			+ "where j.status in :statuses and j.kind in :kinds")
	int failAll(Collection<JobStatus> statuses, Collection<String> kinds, String message, Instant at);

	/**
	 * As {@link #failAll}, for the jobs of every kind but these.
	 */
	@Modifying
	@Query("update ImportJob j set j.status = com.wbiisg.mapping.exchange.internal.JobStatus.FAILED, "
			+ "j.errorMessage = :message, j.updatedAt = :at, j.version = j.version + 1 "
			+ "where j.status in :statuses and j.kind not in :kinds")
	int failAllBut(Collection<JobStatus> statuses, Collection<String> kinds, String message, Instant at);

	@Modifying
	@Query("update ImportJob j set j.progress = :progress, j.updatedAt = :at where j.id = :id")
	int updateProgress(long id, int progress, Instant at);

}
