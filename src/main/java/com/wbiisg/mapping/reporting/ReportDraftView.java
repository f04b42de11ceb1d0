package com.wbiisg.mapping.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A report draft as the report pages and the API show it: which report it belongs to
 * ({@code scopeKey} tells the reports of one kind and initiative apart), which draft it
 * is, where it stands in its lifecycle and the next step it may take.
 */
public record ReportDraftView(long id, ReportKind kind, String initiative, long cycleId, @Nullable Integer year,
		String scopeKey, int draftNumber, ReportStatus status, Instant generatedAt, String generatedBy,
		@Nullable String discussedAt, @Nullable Instant finalisedAt, @Nullable LocalDate adoptedOn,
		@Nullable String adoptionDecision, @Nullable Instant publishedAt, long version,
		Optional<ReportAction> nextAction) {
}
