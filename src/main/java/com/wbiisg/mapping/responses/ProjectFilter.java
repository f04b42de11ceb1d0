package com.wbiisg.mapping.responses;

import org.jspecify.annotations.Nullable;

/**
 * What a list of projects is filtered by; every part is optional. Organisations are named
 * by id or short name.
 */
public record ProjectFilter(@Nullable String partner, @Nullable String funder, @Nullable String implementer,
		@Nullable String initiative, @Nullable String pillar, @Nullable ProjectStatus status, @Nullable Integer year,
		@Nullable Long reportingOrganisationId, @Nullable String q) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null, null, null, null, null);
	}

}
