package com.wbiisg.mapping.needs.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.needs.internal.NeedSeeding;
import org.jspecify.annotations.Nullable;

/**
 * The demo data file {@code demo/needs.yml}: the cycle and its needs, each with the steps
 * of its history.
 */
record NeedsDemoFile(Cycle cycle, List<Need> needs) {

	/**
	 * The cycle, opened on the adopted framework of the initiative for
	 * {@code frameworkCycle}.
	 */
	record Cycle(String initiative, String frameworkCycle, String name, LocalDate opensOn, LocalDate closesOn) {
	}

	/**
	 * A need as its creator entered it, who created it and when, and its workflow steps.
	 */
	record Need(String partner, String measureCode, String title, @Nullable String description, NeedType type,
			Perspective perspective, Priority priority, @Nullable String institution,
			@Nullable BigDecimal estimatedCostEur, Timeframe timeframe, @Nullable List<String> references,
			boolean restricted, String createdBy, Instant createdAt, @Nullable List<NeedSeeding.Step> steps) {

		NeedSeeding.Entry entry() {
			NeedInput input = new NeedInput(null, this.measureCode, this.partner, this.title, this.description,
					this.type, this.perspective, this.priority, this.institution, this.estimatedCostEur, this.timeframe,
					null, null, (this.references == null) ? List.of() : this.references, this.restricted);
			return new NeedSeeding.Entry(input, this.createdBy, this.createdAt,
					(this.steps == null) ? List.of() : this.steps);
		}

	}

}
