package com.wbiisg.mapping.meetings;

import org.jspecify.annotations.Nullable;

/**
 * What a list of meetings is narrowed to; every empty criterion matches all.
 */
public record MeetingFilter(@Nullable String initiative, @Nullable MeetingKind kind, @Nullable MeetingStatus status) {

	public static MeetingFilter all() {
		return new MeetingFilter(null, null, null);
	}

}
