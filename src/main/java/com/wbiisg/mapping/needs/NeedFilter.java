package com.wbiisg.mapping.needs;

import org.jspecify.annotations.Nullable;

/**
 * What a list of needs is filtered by; every part is optional.
 */
public record NeedFilter(@Nullable Long cycle, @Nullable String partner, @Nullable String pillar,
		@Nullable String objective, @Nullable String measure, @Nullable NeedStatus status, @Nullable String q) {

	public static NeedFilter ofCycle(long cycle) {
		return new NeedFilter(cycle, null, null, null, null, null, null);
	}

}
