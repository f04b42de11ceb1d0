package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's fields once {@link MeetingRules} has checked them: the times as instants,
 * with the zone they were given in; an all-day meeting runs from the start of its first
 * day to the start of the day after its last, in that zone.
 */
public record MeetingContent(MeetingKind kind, @Nullable Integer number, String title, Set<String> initiatives,
		Instant startAt, Instant endAt, ZoneId zone, boolean allDay, @Nullable String city,
		@Nullable String partnerCode, @Nullable String onlineLink, @Nullable MeetingFormat format,
		@Nullable Long hostId, List<Long> coHostIds, MeetingStatus status, boolean restricted,
		Set<Long> invitedOrganisationIds, Set<Long> invitedAccountIds) {

	public MeetingContent {
		initiatives = Set.copyOf(initiatives);
		coHostIds = List.copyOf(coHostIds);
		invitedOrganisationIds = Set.copyOf(invitedOrganisationIds);
		invitedAccountIds = Set.copyOf(invitedAccountIds);
	}

}
