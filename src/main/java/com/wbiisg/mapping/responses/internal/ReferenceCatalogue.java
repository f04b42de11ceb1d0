package com.wbiisg.mapping.responses.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The organisations, partners, initiatives (by code in upper case) and pillars the checks
 * accept.
 */
final class ReferenceCatalogue {

	private final Set<Long> organisations;

	private final Set<String> partners;

	private final Map<String, String> initiatives;

	private final Function<String, Set<String>> readPillars;

	private final Map<String, Set<String>> pillars = new HashMap<>();

	ReferenceCatalogue(Set<Long> organisations, Set<String> partners, Map<String, String> initiatives,
			Function<String, Set<String>> readPillars) {
		this.organisations = organisations;
		this.partners = partners;
		this.initiatives = initiatives;
		this.readPillars = readPillars;
	}

	Set<Long> organisations() {
		return this.organisations;
	}

	Set<String> partners() {
		return this.partners;
	}

	Map<String, String> initiatives() {
		return this.initiatives;
	}

	Set<String> pillars(String initiative) {
		return this.pillars.computeIfAbsent(initiative, this.readPillars);
	}

}
