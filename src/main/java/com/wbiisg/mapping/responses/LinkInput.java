package com.wbiisg.mapping.responses;

import java.math.BigDecimal;

import com.wbiisg.mapping.shared.validation.MaxLength;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A link to a need as a form or a script sends it, with the checks of its fields; the
 * need must be one the project may link, and the shares of its links may not exceed its
 * budget.
 */
public record LinkInput(@NotNull(message = "{responses.linking.needRequired}") @Nullable Long needId,
		@NotNull(message = "{responses.linking.coverageRequired}") @Nullable Coverage coverage,
		@SharePercent @Nullable BigDecimal sharePercent, @MaxLength(MAX_NOTE) @Nullable String note) {

	public static final int MAX_NOTE = 1000;

}
