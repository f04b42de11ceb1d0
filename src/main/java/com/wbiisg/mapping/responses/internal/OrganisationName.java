package com.wbiisg.mapping.responses.internal;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * The name and short name of an organisation, as the view shows them.
 */
record OrganisationName(String name, String shortName) {

	static final OrganisationName UNKNOWN = new OrganisationName("?", "?");

	static LongFunction<OrganisationName> from(Map<Long, OrganisationName> names) {
		return (id) -> names.getOrDefault(id, UNKNOWN);
	}

}
