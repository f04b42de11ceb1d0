package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting recorded a decision; when the kind has a target, it has been applied to it in
 * the same transaction.
 */
public record DecisionRecorded(long decisionId, long meetingId, DecisionKind kind, @Nullable Long targetId,
		LocalDate decidedOn) {
}
