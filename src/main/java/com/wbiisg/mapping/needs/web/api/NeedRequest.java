package com.wbiisg.mapping.needs.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A need as a script sends it; enumerations in any case, dates as text so that a bad one
 * is named.
 */
record NeedRequest(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner,
		@Nullable String title, @Nullable String description, @Nullable String type, @Nullable String perspective,
		@Nullable String priority, @Nullable String institution, @Nullable BigDecimal estimatedCostEur,
		@Nullable String timeframe, @Nullable String timeframeStart, @Nullable String timeframeEnd,
		@Nullable List<String> references, @Nullable Boolean restricted, @Nullable Long version) {

	NeedInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		NeedType needType = Inputs.enumValue(problems, "type", this.type, NeedType.class);
		Perspective needPerspective = Inputs.enumValue(problems, "perspective", this.perspective, Perspective.class);
		Priority needPriority = Inputs.enumValue(problems, "priority", this.priority, Priority.class);
		Timeframe needTimeframe = Inputs.enumValue(problems, "timeframe", this.timeframe, Timeframe.class);
		var start = Inputs.date(problems, "timeframeStart", this.timeframeStart);
		var end = Inputs.date(problems, "timeframeEnd", this.timeframeEnd);
		FieldChecks.throwIfAny(problems);
		return new NeedInput(this.cycleId, this.measureCode, this.partner, this.title, this.description, needType,
				needPerspective, needPriority, this.institution, this.estimatedCostEur, needTimeframe, start, end,
				this.references, Boolean.TRUE.equals(this.restricted));
	}

}
