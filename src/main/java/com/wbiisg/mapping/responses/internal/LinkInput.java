package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;

import com.wbiisg.mapping.responses.Coverage;
import org.jspecify.annotations.Nullable;

/**
 * A link to a need as a form or a script sends it.
 */
public record LinkInput(@Nullable Long needId, @Nullable Coverage coverage, @Nullable BigDecimal sharePercent,
		@Nullable String note) {
}
