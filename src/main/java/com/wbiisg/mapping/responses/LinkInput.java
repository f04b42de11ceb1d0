package com.wbiisg.mapping.responses;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A link to a need as a form or a script sends it.
 */
public record LinkInput(@Nullable Long needId, @Nullable Coverage coverage, @Nullable BigDecimal sharePercent,
		@Nullable String note) {
}
