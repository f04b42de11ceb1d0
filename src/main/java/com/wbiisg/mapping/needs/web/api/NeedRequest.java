package com.wbiisg.mapping.needs.web.api;

import java.math.BigDecimal;
import java.util.List;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * A need as a script sends it; enumerations in any case, dates as text so that a bad one
 * is named.
 */
record NeedRequest(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner,
		@Nullable String title, @Nullable String description, @EnumText(NeedType.class) @Nullable String type,
		@EnumText(Perspective.class) @Nullable String perspective, @EnumText(Priority.class) @Nullable String priority,
		@Nullable String institution, @Nullable BigDecimal estimatedCostEur,
		@EnumText(Timeframe.class) @Nullable String timeframe, @DateText @Nullable String timeframeStart,
		@DateText @Nullable String timeframeEnd, @Nullable List<String> references, @Nullable Boolean restricted,
		@Nullable Long version) {

	NeedInput toInput() {
		RecordValidation.check(this);
		return new NeedInput(this.cycleId, this.measureCode, this.partner, this.title, this.description,
				Inputs.enumOf(NeedType.class, this.type), Inputs.enumOf(Perspective.class, this.perspective),
				Inputs.enumOf(Priority.class, this.priority), this.institution, this.estimatedCostEur,
				Inputs.enumOf(Timeframe.class, this.timeframe), Inputs.date(this.timeframeStart),
				Inputs.date(this.timeframeEnd), this.references, Boolean.TRUE.equals(this.restricted));
	}

}
