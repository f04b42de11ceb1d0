package com.wbiisg.mapping.meetings.web.api;

import java.util.List;

import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingInput;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as a script sends it (API.md): enumerations in any case; start and end as
 * instants ({@code 2021-03-03T08:00:00Z}), as local times in {@code timeZone}
 * ({@code 2021-03-03T09:00}) or as dates for whole days ({@code 2021-03-03}).
 */
record MeetingRequest(@EnumText(MeetingKind.class) @Nullable String kind, @Nullable Integer number,
		@Nullable String title, @Nullable List<String> initiatives, @Nullable String start, @Nullable String end,
		@Nullable String timeZone, @Nullable Boolean allDay, @Nullable String city, @Nullable String partner,
		@Nullable String onlineLink, @EnumText(MeetingFormat.class) @Nullable String format, @Nullable Long hostId,
		@Nullable List<Long> coHostIds, @EnumText(MeetingStatus.class) @Nullable String status,
		@Nullable Boolean restricted, @Nullable List<Long> invitedOrganisationIds,
		@Nullable List<Long> invitedAccountIds, @Nullable Long version) {

	MeetingInput toInput() {
		RecordValidation.check(this);
		MeetingKind meetingKind = Inputs.enumOf(MeetingKind.class, this.kind);
		MeetingFormat meetingFormat = Inputs.enumOf(MeetingFormat.class, this.format);
		MeetingStatus meetingStatus = Inputs.enumOf(MeetingStatus.class, this.status);
		return new MeetingInput(meetingKind, this.number, this.title, this.initiatives, this.start, this.end,
				this.timeZone, Boolean.TRUE.equals(this.allDay), this.city, this.partner, this.onlineLink,
				meetingFormat, this.hostId, this.coHostIds,
				(meetingStatus == null) ? MeetingStatus.PLANNED : meetingStatus, Boolean.TRUE.equals(this.restricted),
				this.invitedOrganisationIds, this.invitedAccountIds);
	}

}
