package com.wbiisg.mapping.responses.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jspecify.annotations.Nullable;

/**
 * The demo data file {@code demo/responses.yml}: the projects with their links to needs,
 * and the response mapping rounds with the members' confirmations. Organisations are
 * named by their short name.
 */
record ResponsesDemoFile(List<Project> projects, List<Round> rounds) {

	/**
	 * A project as a form would send it, who entered it and when, and the needs it is
	 * linked to.
	 */
	record Project(String reportedBy, String title, @Nullable String description, List<Participant> organisations,
			List<String> partners, String initiative, @Nullable List<String> pillars, @Nullable BigDecimal budget,
			String currency, @Nullable BigDecimal eurRate, @Nullable List<ProjectInput.FundingLine> funding,
			@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
			@Nullable LocalDate actualEnd, ProjectStatus status, List<Integer> reportingYears, boolean publicListed,
			String enteredBy, Instant enteredAt, @Nullable List<Link> links) {

		/**
		 * The short names of all organisations the project names, the reporter included.
		 */
		List<String> organisationNames() {
			List<String> names = new ArrayList<>(List.of(this.reportedBy));
			this.organisations.forEach((participant) -> names.add(participant.organisation()));
			return names;
		}

		ProjectInput input(Map<String, Long> ids) {
			return new ProjectInput(this.title, this.description, null, ids.get(this.reportedBy),
					this.organisations.stream()
						.map((participant) -> new ProjectInput.Participation(ids.get(participant.organisation()),
								participant.role()))
						.toList(),
					this.partners, List.of(this.initiative), (this.pillars == null) ? List.of() : this.pillars,
					this.budget, this.currency, this.eurRate, (this.funding == null) ? List.of() : this.funding,
					this.plannedStart, this.plannedEnd, this.actualStart, this.actualEnd, this.status,
					this.reportingYears, this.publicListed);
		}

		List<Link> linked() {
			return (this.links == null) ? List.of() : this.links;
		}

	}

	record Participant(String organisation, OrganisationRole role) {
	}

	/**
	 * A link to the need of the partner under the measure with exactly that title.
	 */
	record Link(String partner, String measure, String need, Coverage coverage, @Nullable BigDecimal sharePercent,
			@Nullable String note) {
	}

	/**
	 * A round: the reporting year, who opened it and when, when it closed (none: still
	 * open), and the confirmations made while it was open.
	 */
	record Round(int year, String openedBy, Instant openedAt, @Nullable Instant closedAt,
			List<Confirmation> confirmations) {
	}

	record Confirmation(String organisation, String by, Instant at, @Nullable String note) {
	}

}
