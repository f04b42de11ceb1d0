package com.wbiisg.mapping.responses.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.membership.Membership;

/**
 * The organisations, partners, initiatives (by code in upper case) and pillars the checks
 * accept.
 */
final class ReferenceCatalogue {

	private final Supplier<Set<Long>> readOrganisations;

	private Set<Long> organisations;

	private final Set<String> partners;

	private final Map<String, String> initiatives;

	private final Function<String, Set<String>> readPillars;

	private final Map<String, Set<String>> pillars = new HashMap<>();

	ReferenceCatalogue(Supplier<Set<Long>> organisations, Set<String> partners, Map<String, String> initiatives,
			Function<String, Set<String>> readPillars) {
		this.readOrganisations = organisations;
		this.organisations = organisations.get();
		this.partners = partners;
		this.initiatives = initiatives;
		this.readPillars = readPillars;
	}

	/**
	 * What the checks know of the registry and the frameworks, read now; the pillars of
	 * an initiative are read when first asked for.
	 */
	static ReferenceCatalogue read(Membership membership, Frameworks frameworks) {
		Supplier<Set<Long>> organisations = () -> {
			Set<Long> ids = new HashSet<>();
			membership.organisations().forEach((organisation) -> ids.add(organisation.id()));
			return ids;
		};
		Set<String> partners = new HashSet<>();
		membership.partners().forEach((partner) -> partners.add(partner.code()));
		Map<String, String> initiatives = new HashMap<>();
		frameworks.initiatives()
			.forEach((initiative) -> initiatives.put(initiative.code().toUpperCase(Locale.ROOT), initiative.code()));
		return new ReferenceCatalogue(organisations, partners, initiatives,
				(initiative) -> frameworks.versions(initiative)
					.stream()
					.map((version) -> frameworks.tree(version.id()))
					.flatMap((tree) -> tree.items().stream())
					.filter((node) -> node.level() == ItemLevel.PILLAR)
					.map(FrameworkTree.Node::code)
					.collect(Collectors.toSet()));
	}

	/**
	 * Whether the organisation is in the registry; one not known yet is looked for again,
	 * since a catalogue kept for a whole file sees the organisations that the file
	 * registers as it goes.
	 */
	boolean knowsOrganisation(long id) {
		if (!this.organisations.contains(id)) {
			this.organisations = this.readOrganisations.get();
		}
		return this.organisations.contains(id);
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
