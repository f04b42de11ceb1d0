package com.wbiisg.mapping.needs;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What analysis and search keep of a need, whoever asks: its placement, text, priority,
 * status, cost and whether it is restricted. Readers of these facts show restricted needs
 * only in aggregates to those who may not see them (see {@link NeedAudience}).
 */
public record NeedFact(long id, long cycleId, String initiative, String pillar, String objective, String measureCode,
		String partner, String title, @Nullable String description, Priority priority, NeedStatus status,
		boolean restricted, @Nullable BigDecimal estimatedCostEur) {
}
