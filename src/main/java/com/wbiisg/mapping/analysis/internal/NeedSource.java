package com.wbiisg.mapping.analysis.internal;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedView;
import org.jspecify.annotations.Nullable;

/**
 * What the suggestions for a need start from.
 */
public record NeedSource(long id, long cycleId, String initiative, String pillar, String measureCode, String partner,
		String title, @Nullable String description) {

	public static NeedSource of(NeedView need) {
		return new NeedSource(need.id(), need.cycleId(), need.initiative(), need.pillar(), need.measureCode(),
				need.partner(), need.title(), need.description());
	}

	public static NeedSource of(NeedFact need) {
		return new NeedSource(need.id(), need.cycleId(), need.initiative(), need.pillar(), need.measureCode(),
				need.partner(), need.title(), need.description());
	}

}
