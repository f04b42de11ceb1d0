package com.wbiisg.mapping.meetings;

import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as the Secretariat enters it, before {@link MeetingPlanning} checks it. Start
 * and end are text: an instant with an offset ({@code 2021-03-03T08:00:00Z}), a local
 * date and time in the meeting's time zone ({@code 2021-03-03T09:00}), or a date
 * ({@code 2021-03-03}) for a meeting that lasts whole days.
 */
public record MeetingInput(@NotNull(message = "{meetings.meeting.kindRequired}") @Nullable MeetingKind kind,
		@Min(value = 1, message = NUMBER_RANGE) @Max(value = 999, message = NUMBER_RANGE) @Nullable Integer number,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
		@Nullable Collection<String> initiatives, @Nullable String start, @Nullable String end,
		@NotBlank(message = "{meetings.meeting.timeZoneRequired}") @TimeZoneText @Nullable String timeZone,
		boolean allDay, @MaxLength(MAX_CITY) @Nullable String city, @Nullable String partner,
		@MaxLength(MAX_ONLINE_LINK) @WebLink @Nullable String onlineLink, @Nullable MeetingFormat format,
		@Nullable Long hostId, @Nullable List<Long> coHostIds,
		@NotNull(message = "{meetings.meeting.statusRequired}") @Nullable MeetingStatus status, boolean restricted,
		@Nullable Collection<Long> invitedOrganisationIds, @Nullable Collection<Long> invitedAccountIds) {

	/**
	 * The message of a number out of range.
	 */
	static final String NUMBER_RANGE = "{meetings.meeting.numberRange}";

	public static final int MAX_TITLE = 300;

	public static final int MAX_CITY = 120;

	public static final int MAX_ONLINE_LINK = 500;

}
