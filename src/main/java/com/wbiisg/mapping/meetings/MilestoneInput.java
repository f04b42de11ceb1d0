package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as entered: a name and a due date, or a meeting and a number of months
 * after its first day ("within 6 months of the 5th Board").
 */
public record MilestoneInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) @Nullable String name,
		@MaxLength(MAX_DESCRIPTION) @Nullable String description, @Nullable LocalDate dueOn, @Nullable Long meetingId,
		@Nullable Integer monthsAfter) {

	public static final int MAX_NAME = 300;

	public static final int MAX_DESCRIPTION = 2000;

}
