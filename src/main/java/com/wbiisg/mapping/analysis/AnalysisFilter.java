package com.wbiisg.mapping.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What the figures are restricted to: one cycle, and optionally a partner, a pillar, an
 * objective and the needs a funder's projects address.
 */
public record AnalysisFilter(long cycle, @Nullable String partner, @Nullable String pillar, @Nullable String objective,
		@Nullable Long funder) {

	public static AnalysisFilter ofCycle(long cycle) {
		return new AnalysisFilter(cycle, null, null, null, null);
	}

}
