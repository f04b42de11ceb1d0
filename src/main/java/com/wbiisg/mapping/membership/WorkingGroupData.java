package com.wbiisg.mapping.membership;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about a working group; leads are members too.
 */
public record WorkingGroupData(String name, String initiative, @Nullable String pillar, List<Long> leads,
		List<Long> members) {
}
