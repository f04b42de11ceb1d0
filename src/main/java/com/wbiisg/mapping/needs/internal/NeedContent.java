package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import org.jspecify.annotations.Nullable;

/**
 * The checked content of a need.
 */
record NeedContent(String title, @Nullable String description, NeedType type, Perspective perspective,
		Priority priority, @Nullable String institution, @Nullable BigDecimal estimatedCostEur,
		@Nullable Timeframe timeframe, @Nullable LocalDate timeframeStart, @Nullable LocalDate timeframeEnd,
		List<String> references, boolean restricted) {
}
