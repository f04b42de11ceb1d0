package com.wbiisg.mapping.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a focal point or the Secretariat enters about a need, from a page's form, the API
 * or the demo data; checked when the need is created or changed. Placement (cycle,
 * measure, partner) is only read when a need is created.
 */
public record NeedInput(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner,
		@Nullable String title, @Nullable String description, @Nullable NeedType type,
		@Nullable Perspective perspective, @Nullable Priority priority, @Nullable String institution,
		@Nullable BigDecimal estimatedCostEur, @Nullable Timeframe timeframe, @Nullable LocalDate timeframeStart,
		@Nullable LocalDate timeframeEnd, @Nullable List<String> references, boolean restricted) {
}
