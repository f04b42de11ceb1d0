package com.wbiisg.mapping.needs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A need as users and other modules see it.
 */
public record NeedView(long id, long cycleId, String initiative, String pillar, String objective, String measureCode,
		String partner, String title, @Nullable String description, NeedType type, Perspective perspective,
		Priority priority, @Nullable String institution, @Nullable BigDecimal estimatedCostEur,
		@Nullable Timeframe timeframe, @Nullable LocalDate timeframeStart, @Nullable LocalDate timeframeEnd,
		List<String> references, boolean restricted, NeedStatus status, @Nullable String returnReason,
		@Nullable String adoptionDecision, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}
