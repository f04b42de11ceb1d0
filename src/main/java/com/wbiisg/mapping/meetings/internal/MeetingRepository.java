package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	/**
	 * The meeting, locked until the transaction ends, so that its decisions are numbered
	 * one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = :id")
	Optional<Meeting> findForUpdate(long id);

	List<Meeting> findAllByOrderByScheduleStartAtAscIdAsc();

	/**
	 * Meetings that overlap the period from {@code from} (inclusive) to {@code to}
	 * (exclusive), earliest first.
	 */
	@Query("select m from Meeting m where m.schedule.startAt < :to and m.schedule.endAt > :from order by m.schedule.startAt, m.id")
	List<Meeting> findOverlapping(Instant from, Instant to);

	List<Meeting> findByScheduleEndAtAfterOrderByScheduleStartAtAscIdAsc(Instant after, Limit limit);

	List<Meeting> findByRestrictedFalseOrderByScheduleStartAtAscIdAsc();

}
