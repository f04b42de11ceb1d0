package com.wbiisg.mapping.meetings;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision as pages and API show it; {@code targetPath} links to what it adopted or
 * admitted, {@code applied} says whether the platform applied it.
 */
public record DecisionView(long id, long meetingId, int number, DecisionKind kind, String text, @Nullable Long targetId,
		@Nullable String targetLabel, @Nullable String targetPath, @Nullable String option, LocalDate decidedOn,
		boolean applied, String recordedBy, Instant recordedAt) {
}
