package com.wbiisg.mapping.responses;

import java.math.BigDecimal;

import com.wbiisg.mapping.shared.validation.MaxLength;
import org.jspecify.annotations.Nullable;

/**
 * A link to a need as a form or a script sends it.
 */
public record LinkInput(@Nullable Long needId, @Nullable Coverage coverage, @Nullable BigDecimal sharePercent,
		@MaxLength(MAX_NOTE) @Nullable String note) {

	public static final int MAX_NOTE = 1000;

}
