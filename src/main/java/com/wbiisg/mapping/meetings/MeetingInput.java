package com.wbiisg.mapping.meetings;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as the Secretariat enters it, before {@link MeetingPlanning} checks it. Start
 * and end are text: an instant with an offset ({@code 2021-03-03T08:00:00Z}), a local
 * date and time in the meeting's time zone ({@code 2021-03-03T09:00}), or a date
 * ({@code 2021-03-03}) for a meeting that lasts whole days.
 */
public record MeetingInput(@Nullable MeetingKind kind, @Nullable Integer number, @Nullable String title,
		@Nullable Collection<String> initiatives, @Nullable String start, @Nullable String end,
		@Nullable String timeZone, boolean allDay, @Nullable String city, @Nullable String partner,
		@Nullable String onlineLink, @Nullable MeetingFormat format, @Nullable Long hostId,
		@Nullable List<Long> coHostIds, @Nullable MeetingStatus status, boolean restricted,
		@Nullable Collection<Long> invitedOrganisationIds, @Nullable Collection<Long> invitedAccountIds) {
}
