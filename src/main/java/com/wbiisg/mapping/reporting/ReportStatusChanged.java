package com.wbiisg.mapping.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A report draft took a step of its lifecycle: discussed (the decision names the
 * meeting), finalised, adopted (the Board decision and its date) or published. For the
 * modules that record decisions and tell members.
 */
public record ReportStatusChanged(long draftId, ReportKind kind, String initiative, long cycleId,
		@Nullable Integer year, int draftNumber, ReportAction action, ReportStatus from, ReportStatus to, String by,
		@Nullable String decision, @Nullable LocalDate adoptedOn) {
}
