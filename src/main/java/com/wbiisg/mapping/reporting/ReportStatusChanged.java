package com.wbiisg.mapping.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A report draft took a step of its lifecycle: discussed (the decision names the
 * meeting), finalised, adopted (the Board decision and its date) or published. No module
 * listens yet: no read model or cache outside the reporting module depends on a draft's
 * status (the needs a report adopts are adopted through {@code NeedAdoption}, and
 * announce that themselves); it waits for the notifications, which will tell members of
 * it.
 */
public record ReportStatusChanged(long draftId, ReportKind kind, String initiative, long cycleId,
		@Nullable Integer year, int draftNumber, ReportAction action, ReportStatus from, ReportStatus to, String by,
		@Nullable String decision, @Nullable LocalDate adoptedOn) {
}
