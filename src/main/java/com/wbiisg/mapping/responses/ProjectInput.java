package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project as a form, a script or an import sends it, before the project rules check it.
 * Enumerations are already read; everything may still be missing or wrong.
 */
public record ProjectInput(@Nullable String title, @Nullable String description, @Nullable String iatiIdentifier,
		@Nullable Long reportingOrganisationId, @Nullable List<Participation> organisations,
		@Nullable List<String> partners, @Nullable List<String> initiatives, @Nullable List<String> pillars,
		@Nullable BigDecimal budgetAmount, @Nullable String currency, @Nullable BigDecimal eurRate,
		@Nullable List<FundingLine> funding, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
		@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, @Nullable ProjectStatus status,
		@Nullable List<Integer> reportingYears, @Nullable Boolean publicListed) {

	/**
	 * An organisation named in one role.
	 */
	public record Participation(@Nullable Long organisationId, @Nullable OrganisationRole role) {
	}

	/**
	 * An amount at a funding stage.
	 */
	public record FundingLine(@Nullable FundingStage stage, @Nullable BigDecimal amount, @Nullable Integer year) {
	}

}
