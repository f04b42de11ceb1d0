package com.wbiisg.mapping.meetings.internal.calendar;

import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.internal.Meeting;
import org.jspecify.annotations.Nullable;

/**
 * What a list of meetings is narrowed to; every empty criterion matches all.
 */
public record MeetingFilter(@Nullable String initiative, @Nullable MeetingKind kind, @Nullable MeetingStatus status) {

	public static MeetingFilter all() {
		return new MeetingFilter(null, null, null);
	}

	boolean matches(Meeting meeting) {
		return (this.initiative == null || this.initiative.isBlank()
				|| meeting.getInitiatives().stream().anyMatch((code) -> code.equalsIgnoreCase(this.initiative.trim())))
				&& (this.kind == null || meeting.getKind() == this.kind)
				&& (this.status == null || meeting.getStatus() == this.status);
	}

}
