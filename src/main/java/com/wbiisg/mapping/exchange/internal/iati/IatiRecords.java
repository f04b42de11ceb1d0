package com.wbiisg.mapping.exchange.internal.iati;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Puts the registry's organisations into a mapped activity, and names the places of an
 * activity that the responses module's fields stand for.
 */
final class IatiRecords {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("title", "title"),
			Map.entry("description", "description"), Map.entry("iatiIdentifier", "iati-identifier"),
			Map.entry("organisations", "participating-org"), Map.entry("reportingOrganisationId", "reporting-org"),
			Map.entry("partners", "recipient-country"), Map.entry("initiatives", "initiative"),
			Map.entry("budget.amount", "budget/value"), Map.entry("budget.currency", "@default-currency"),
			Map.entry("budget.eurRate", "@default-currency"), Map.entry("funding", "transaction"),
			Map.entry("plannedEnd", "activity-date"), Map.entry("actualEnd", "activity-date"),
			Map.entry("status", "activity-status"), Map.entry("reportingYears", "activity-date"));

	private IatiRecords() {
	}

	static String column(String field) {
		return COLUMNS.getOrDefault(field, field);
	}

	/**
	 * The organisations of the draft found in the registry; when {@code register}, those
	 * missing are registered as non-members.
	 */
	static Resolved resolve(IatiDraft draft, IatiOrganisations organisations, boolean register) {
		Map<IatiActivity.Org, @Nullable Organisation> found = new LinkedHashMap<>();
		found.put(draft.reportingOrg(), lookup(draft.reportingOrg(), organisations, register));
		for (IatiDraft.Role role : draft.participants()) {
			if (!found.containsKey(role.org())) {
				found.put(role.org(), lookup(role.org(), organisations, register));
			}
		}
		return new Resolved(draft, found);
	}

	private static @Nullable Organisation lookup(IatiActivity.Org org, IatiOrganisations organisations,
			boolean register) {
		return register ? organisations.findOrRegister(org) : organisations.find(org).orElse(null);
	}

	/**
	 * A draft with the organisations of the registry it names ({@code null} for one still
	 * to be registered).
	 */
	record Resolved(IatiDraft draft, Map<IatiActivity.Org, @Nullable Organisation> organisations) {

		boolean complete() {
			return this.organisations.values().stream().allMatch((organisation) -> organisation != null);
		}

		IatiProjectRecord record(@Nullable String initiative) {
			List<IatiProjectRecord.Participation> participations = new ArrayList<>();
			for (IatiDraft.Role role : this.draft.participants()) {
				Organisation organisation = this.organisations.get(role.org());
				if (organisation != null) {
					IatiProjectRecord.Participation participation = new IatiProjectRecord.Participation(
							organisation.id(), role.role());
					if (!participations.contains(participation)) {
						participations.add(participation);
					}
				}
			}
			Organisation reporting = this.organisations.get(this.draft.reportingOrg());
			IatiDraft d = this.draft;
			return new IatiProjectRecord(d.identifier(), d.title(), d.description(),
					(reporting == null) ? 0L : reporting.id(), participations, d.partners(),
					(initiative == null) ? null : List.of(initiative), d.budgetAmount(), d.currency(), d.eurRate(),
					d.funding(), d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd(), d.status(),
					d.sectors(), d.narratives());
		}

		/**
		 * The organisations in the registry or to be added, with their roles, for the
		 * preview.
		 */
		String summary() {
			StringBuilder roles = new StringBuilder();
			for (OrganisationRole role : OrganisationRole.values()) {
				List<String> names = this.draft.participants()
					.stream()
					.filter((participant) -> participant.role() == role)
					.map((participant) -> name(participant.org()))
					.toList();
				if (!names.isEmpty()) {
					String roleKey = "exchange.iati.role." + role.name();
					roles.append(UserText
						.of("exchange.iati.summary.role", UserText.of(roleKey).english(), String.join(", ", names))
						.english());
				}
			}
			return UserText.of("exchange.iati.summary", name(this.draft.reportingOrg()), roles.toString()).english();
		}

		private String name(IatiActivity.Org org) {
			Organisation organisation = Optional.ofNullable(this.organisations.get(org)).orElse(null);
			return (organisation != null) ? organisation.shortName()
					: UserText.of("exchange.iati.summary.newOrganisation", IatiMapping.label(org)).english();
		}

	}

}
