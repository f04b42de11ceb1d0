package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A project's link to a need: how far the project covers it, the share of its budget
 * given (null: not given) and the share that counts (the given one, or an even split of
 * what the given shares leave).
 */
public record ProjectLinkView(long projectId, long needId, String needPartner, Coverage coverage,
		@Nullable BigDecimal sharePercent, BigDecimal effectiveSharePercent, @Nullable String note, String createdBy,
		Instant createdAt) {
}
