package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A project as a form, a script or an import sends it, before the project rules check it.
 * Enumerations are already read; everything may still be missing or wrong. The checks of
 * its text fields are written on it, the others, which read the registry, the frameworks
 * and the other projects, are the project rules'.
 */
public record ProjectInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
		@MaxLength(MAX_DESCRIPTION) @Nullable String description,
		@MaxLength(MAX_IATI_IDENTIFIER) @Nullable String iatiIdentifier, @Nullable Long reportingOrganisationId,
		@Nullable List<Participation> organisations, @Nullable List<String> partners,
		@Nullable List<String> initiatives, @Nullable List<String> pillars, @Nullable BigDecimal budgetAmount,
		@Nullable String currency, @Nullable BigDecimal eurRate, @Nullable List<FundingLine> funding,
		@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualEnd, @Nullable ProjectStatus status, @Nullable List<Integer> reportingYears,
		@Nullable Boolean publicListed) {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_IATI_IDENTIFIER = 150;

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
