package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision as the Secretariat records it: its kind, what it adopts or admits, its text,
 * the day (the meeting's first day when none is given) and, for an admission, the member
 * category.
 */
public record DecisionInput(@Nullable DecisionKind kind, @Nullable Long targetId, @Nullable String text,
		@Nullable LocalDate decidedOn, @Nullable String option) {
}
