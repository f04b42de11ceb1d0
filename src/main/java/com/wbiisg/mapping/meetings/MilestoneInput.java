package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A milestone as entered: a name and a due date, or a meeting and a number of months
 * after its first day ("within 6 months of the 5th Board").
 */
public record MilestoneInput(@Nullable String name, @Nullable String description, @Nullable LocalDate dueOn,
		@Nullable Long meetingId, @Nullable Integer monthsAfter) {
}
