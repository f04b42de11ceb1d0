package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as entered: a name and a due date, or a meeting and a number of months
 * after its first day ("within 6 months of the 5th Board").
 */
public record MilestoneInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) @Nullable String name,
		@MaxLength(MAX_DESCRIPTION) @Nullable String description, @Nullable LocalDate dueOn, @Nullable Long meetingId,
		@Min(value = 0, message = MONTHS_RANGE) @Max(value = MAX_MONTHS_AFTER,
				message = MONTHS_RANGE) @Nullable Integer monthsAfter) {

	public static final int MAX_NAME = 300;

	public static final int MAX_DESCRIPTION = 2000;

	/**
	 * The most months after a meeting a milestone may fall due.
	 */
	public static final int MAX_MONTHS_AFTER = 120;

	/**
	 * The message of a number of months out of range.
	 */
	static final String MONTHS_RANGE = "{meetings.milestone.monthsRange}";

}
