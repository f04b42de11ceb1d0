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

	/**
	 * Marks the jobs of the statuses as failed, with the message: for jobs a stopped
	 * application left behind.
	 */
	@Modifying
	@Query("update ImportJob j set j.status = com.wbiisg.mapping.exchange.internal.JobStatus.FAILED, "
			+ "j.errorMessage = :message, j.updatedAt = :at, j.version = j.version + 1 where j.status in :statuses")
	int failAll(Collection<JobStatus> statuses, String message, Instant at);

	@Modifying
	@Query("update ImportJob j set j.progress = :progress, j.updatedAt = :at where j.id = :id")
	int updateProgress(long id, int progress, Instant at);

}
