package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting recorded a decision; when the kind has a target, it is applied to it in the
 * same transaction, so a listener after the commit finds it applied. No module listens
 * yet: no read model or cache of the platform depends on decisions (what a decision
 * adopts or admits is applied through its {@link DecisionTarget}); it waits for the
 * notifications, which will tell members of it.
 */
public record DecisionRecorded(long decisionId, long meetingId, DecisionKind kind, @Nullable Long targetId,
		LocalDate decidedOn) {
}
