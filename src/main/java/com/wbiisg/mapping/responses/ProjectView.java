package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A support project as members and other modules see it. Amounts are in the project's
 * currency; {@link Budget#amountEur()} converts with the rate stored on the project.
 */
public record ProjectView(long id, String title, @Nullable String description, @Nullable String iatiIdentifier,
		long reportingOrganisationId, String reportingOrganisation, List<Participant> organisations,
		List<String> partners, List<String> initiatives, List<String> pillars, Budget budget, List<Funding> funding,
		@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualEnd, ProjectStatus status, List<Integer> reportingYears,
		@JsonProperty("public") boolean publicListed, String createdBy, Instant createdAt, Instant updatedAt,
		long version) {

	/**
	 * An organisation taking part in the project in one role.
	 */
	public record Participant(long organisationId, OrganisationRole role, String name, String shortName) {
	}

	/**
	 * The project's budget in its own currency, with the rate to EUR.
	 */
	public record Budget(@Nullable BigDecimal amount, String currency, BigDecimal eurRate,
			@Nullable BigDecimal amountEur) {
	}

	/**
	 * An amount of the project's funding at one stage, optionally for one year.
	 */
	public record Funding(FundingStage stage, BigDecimal amount, @Nullable Integer year) {
	}

	public List<Participant> withRole(OrganisationRole role) {
		return this.organisations.stream().filter((participant) -> participant.role() == role).toList();
	}

	/**
	 * When the project starts: its actual start, else its planned one.
	 */
	public @Nullable LocalDate start() {
		return (this.actualStart != null) ? this.actualStart : this.plannedStart;
	}

	/**
	 * When the project ends: its actual end, else its planned one.
	 */
	public @Nullable LocalDate end() {
		return (this.actualEnd != null) ? this.actualEnd : this.plannedEnd;
	}

}
