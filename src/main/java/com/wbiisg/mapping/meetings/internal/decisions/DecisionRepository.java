package com.wbiisg.mapping.meetings.internal.decisions;

import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.meetings.DecisionKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByMeetingIdOrderByNumberAsc(long meetingId);

	List<Decision> findByIdIn(Collection<Long> ids);

	List<Decision> findByKindAndTargetId(DecisionKind kind, long targetId);

	@Query("select coalesce(max(d.number), 0) from Decision d where d.meetingId = :meetingId")
	int highestNumber(long meetingId);

	long countByMeetingId(long meetingId);

}
