package com.wbiisg.mapping.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.Chronological;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What a focal point or the Secretariat enters about a need, from a page's form, the API,
 * a template upload or the demo data; checked when the need is created or changed, with
 * the checks of its fields written on it. Placement (cycle, measure, partner) is only
 * read when a need is created.
 */
@CheckOrder({ "title", "description", "institution" })
@Chronological(start = "timeframeStart", end = "timeframeEnd", message = "{needs.need.endBeforeStart}")
public record NeedInput(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
		@MaxLength(MAX_DESCRIPTION) @Nullable String description,
		@NotNull(message = "{needs.need.typeRequired}") @Nullable NeedType type,
		@NotNull(message = "{needs.need.perspectiveRequired}") @Nullable Perspective perspective,
		@NotNull(message = "{needs.need.priorityRequired}") @Nullable Priority priority,
		@MaxLength(MAX_INSTITUTION) @Nullable String institution, @EstimatedCost @Nullable BigDecimal estimatedCostEur,
		@Nullable Timeframe timeframe, @Nullable LocalDate timeframeStart, @Nullable LocalDate timeframeEnd,
		@Nullable List<@MaxLength(value = MAX_REFERENCE, message = "{needs.need.referenceTooLong}") String> references,
		boolean restricted) {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_INSTITUTION = 300;

	public static final int MAX_REFERENCE = 100;

	/**
	 * How many different references a need may name.
	 */
	public static final int MAX_REFERENCES = 10;

}
