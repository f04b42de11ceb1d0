package com.wbiisg.mapping.meetings.internal.actions;

import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.meetings.ActionStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

	List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

	/**
	 * The actions a person owns, or its organisation owns, in one status or in all
	 * (status null), those due first first.
	 */
	@Query("""
			select a from ActionItem a
			where (a.ownerAccountId = :accountId or (:organisationId is not null and a.ownerOrganisationId = :organisationId))
			  and (:status is null or a.status = :status)
			order by case when a.dueOn is null then 1 else 0 end, a.dueOn, a.id""")
	List<ActionItem> findOwnedBy(long accountId, @Nullable Long organisationId, @Nullable ActionStatus status);

	/**
	 * Actions filtered by owner organisation, owner account and status; a null filter
	 * matches every action.
	 */
	@Query("""
			select a from ActionItem a
			where (:organisationId is null or a.ownerOrganisationId = :organisationId)
			  and (:accountId is null or a.ownerAccountId = :accountId)
			  and (:status is null or a.status = :status)
			order by case when a.dueOn is null then 1 else 0 end, a.dueOn, a.id""")
	List<ActionItem> search(@Nullable Long organisationId, @Nullable Long accountId, @Nullable ActionStatus status);

	List<ActionItem> findByMeetingIdIn(Collection<Long> meetingIds);

}
