package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A milestone with its countdown: {@code daysLeft} until it is due, negative once past.
 */
public record MilestoneView(long id, String name, @Nullable String description, LocalDate dueOn,
		@Nullable Long meetingId, @Nullable String meeting, @Nullable Integer monthsAfter, long daysLeft,
		long version) {

	public boolean past() {
		return this.daysLeft < 0;
	}

}
