package com.wbiisg.mapping.meetings.internal.milestones;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findAllByOrderByDueOnAscIdAsc();

	List<Milestone> findByDueOnBetweenOrderByDueOnAscIdAsc(LocalDate from, LocalDate to);

	List<Milestone> findByMeetingId(long meetingId);

}
