package com.wbiisg.mapping.meetings.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingInput;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.DigitsText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * The meeting form as the browser sends it: dates and times in separate fields in the
 * meeting's time zone, ids and numbers as text so that a bad value is named next to its
 * field instead of breaking the binding.
 */
@CheckOrder({ "kind", "format", "status", "number", "hostId", "coHostIds", "invitedOrganisationIds",
		"invitedAccountIds" })
record MeetingForm(@EnumText(MeetingKind.class) @Nullable String kind,
		@DigitsText(max = 3, message = "{meetings.meeting.numberFormat}") @Nullable String number,
		@Nullable String title, @Nullable List<String> initiatives, @Nullable Boolean allDay,
		@Nullable String startDate, @Nullable String startTime, @Nullable String endDate, @Nullable String endTime,
		@Nullable String timeZone, @Nullable String city, @Nullable String partner, @Nullable String onlineLink,
		@EnumText(MeetingFormat.class) @Nullable String format,
		@DigitsText(message = Ids.CHOOSE) @Nullable String hostId,
		@Nullable List<@DigitsText(message = Ids.CHOOSE) String> coHostIds,
		@EnumText(MeetingStatus.class) @Nullable String status, @Nullable Boolean restricted,
		@Nullable List<@DigitsText(message = Ids.CHOOSE) String> invitedOrganisationIds,
		@Nullable List<@DigitsText(message = Ids.CHOOSE) String> invitedAccountIds, @Nullable String version) {

	MeetingForm {
		initiatives = (initiatives == null) ? List.of() : initiatives;
		coHostIds = (coHostIds == null) ? List.of() : coHostIds;
		invitedOrganisationIds = (invitedOrganisationIds == null) ? List.of() : invitedOrganisationIds;
		invitedAccountIds = (invitedAccountIds == null) ? List.of() : invitedAccountIds;
	}

	/**
	 * The service's names of fields that the form names differently.
	 */
	private static final Map<String, String> FORM_FIELDS = Map.of("start", "startDate", "end", "endDate");

	static MeetingForm blank() {
		return new MeetingForm(MeetingKind.PILLAR_SG.name(), null, null, List.of(), false, null, "09:00", null, "17:00",
				"Europe/Skopje", null, null, null, MeetingFormat.IN_PERSON.name(), null, List.of(),
				MeetingStatus.PLANNED.name(), false, List.of(), List.of(), null);
	}

	static MeetingForm of(MeetingView meeting) {
		ZoneId zone = ZoneId.of(meeting.timeZone());
		LocalDateTime start = LocalDateTime.ofInstant(meeting.start(), zone);
		LocalDateTime end = LocalDateTime.ofInstant(meeting.end(), zone);
		return new MeetingForm(meeting.kind().name(), (meeting.number() == null) ? null : meeting.number().toString(),
				meeting.title(), meeting.initiatives(), meeting.allDay(), meeting.startDate().toString(),
				meeting.allDay() ? null : start.toLocalTime().toString(), meeting.endDate().toString(),
				meeting.allDay() ? null : end.toLocalTime().toString(), meeting.timeZone(), meeting.city(),
				meeting.partner(), meeting.onlineLink(), (meeting.format() == null) ? null : meeting.format().name(),
				(meeting.hostId() == null) ? null : meeting.hostId().toString(), text(meeting.coHostIds()),
				meeting.status().name(), meeting.restricted(),
				meeting.invitedOrganisations().stream().map((o) -> String.valueOf(o.id())).toList(),
				meeting.invitedPeople().stream().map((p) -> String.valueOf(p.id())).toList(),
				String.valueOf(meeting.version()));
	}

	/**
	 * The input for the meetings module.
	 * @throws InvalidInputException naming every field whose text cannot be read
	 */
	MeetingInput toInput() {
		RecordValidation.check(this);
		MeetingKind meetingKind = Inputs.enumOf(MeetingKind.class, this.kind);
		MeetingFormat meetingFormat = Inputs.enumOf(MeetingFormat.class, this.format);
		MeetingStatus meetingStatus = Inputs.enumOf(MeetingStatus.class, this.status);
		Integer meetingNumber = (this.number == null || this.number.isBlank()) ? null
				: Integer.valueOf(this.number.trim());
		Long host = Ids.id(this.hostId);
		List<Long> coHosts = Ids.all(this.coHostIds);
		List<Long> organisations = Ids.all(this.invitedOrganisationIds);
		List<Long> people = Ids.all(this.invitedAccountIds);
		boolean wholeDays = Boolean.TRUE.equals(this.allDay);
		String start = wholeDays ? this.startDate : join(this.startDate, this.startTime);
		String end = wholeDays ? this.endDate
				: join((this.endDate == null || this.endDate.isBlank()) ? this.startDate : this.endDate, this.endTime);
		return new MeetingInput(meetingKind, meetingNumber, this.title, this.initiatives, start, end, this.timeZone,
				wholeDays, this.city, this.partner, this.onlineLink, meetingFormat, host, coHosts, meetingStatus,
				Boolean.TRUE.equals(this.restricted), organisations, people);
	}

	/**
	 * The problems of the meetings module under the names of this form's fields.
	 */
	static InvalidInputException onForm(InvalidInputException ex) {
		return new InvalidInputException(ex.problems()
			.stream()
			.map((problem) -> problem.at(FORM_FIELDS.getOrDefault(problem.field(), problem.field())))
			.toList());
	}

	/**
	 * The version the form was loaded with; one that cannot be read is stale.
	 */
	long expectedVersion() {
		return Ids.version(this.version);
	}

	private static @Nullable String join(@Nullable String date, @Nullable String time) {
		if (date == null || date.isBlank()) {
			return null;
		}
		return (time == null || time.isBlank()) ? date.trim() + "T00:00" : date.trim() + "T" + time.trim();
	}

	private static List<String> text(List<Long> ids) {
		return ids.stream().map(String::valueOf).toList();
	}

}
