package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	/**
	 * The meeting, locked until the transaction ends, so that its decisions are numbered
	 * one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = :id")
	Optional<Meeting> findForUpdate(long id);

	List<Meeting> findAllByOrderByStartAtAscIdAsc();

	/**
	 * Meetings that overlap the period from {@code from} (inclusive) to {@code to}
	 * (exclusive), earliest first.
	 */
	@Query("select m from Meeting m where m.startAt < :to and m.endAt > :from order by m.startAt, m.id")
	List<Meeting> findOverlapping(Instant from, Instant to);

	List<Meeting> findByEndAtAfterOrderByStartAtAscIdAsc(Instant after, Limit limit);

	List<Meeting> findByRestrictedFalseOrderByStartAtAscIdAsc();

}
