package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the Secretariat records it: its kind, what it adopts or admits, its text,
 * the day (the meeting's first day when none is given) and, for an admission, the member
 * category.
 */
public record DecisionInput(@NotNull(message = "{meetings.decision.kindRequired}") @Nullable DecisionKind kind,
		@Nullable Long targetId,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TEXT) @Nullable String text,
		@Nullable LocalDate decidedOn, @MaxLength(MAX_OPTION) @Nullable String option) {

	public static final int MAX_TEXT = 2000;

	public static final int MAX_OPTION = 60;

}
