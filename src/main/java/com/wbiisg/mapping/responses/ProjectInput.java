package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A project as a form, a script or an import sends it, before the project rules check it.
 * Enumerations are already read; everything may still be missing or wrong. The checks of
 * its fields, each alone, are written on it; the others, which read the registry, the
 * frameworks and the other projects or compare fields, are the project rules'.
 */
public record ProjectInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
		@MaxLength(MAX_DESCRIPTION) @Nullable String description,
		@MaxLength(MAX_IATI_IDENTIFIER) @IatiIdentifier @Nullable String iatiIdentifier,
		@Nullable Long reportingOrganisationId, @Nullable List<Participation> organisations,
		@Nullable List<String> partners, @Nullable List<String> initiatives, @Nullable List<String> pillars,
		@MoneyAmount @Nullable BigDecimal budgetAmount, @CurrencyCode @Nullable String currency,
		@Nullable BigDecimal eurRate, @Nullable List<FundingLine> funding, @Nullable LocalDate plannedStart,
		@Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
		@NotNull(message = "{responses.project.statusRequired}") @Nullable ProjectStatus status,
		@Nullable List<@ProjectYear(message = "{responses.project.reportingYearRange}") Integer> reportingYears,
		@Nullable Boolean publicListed) {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_IATI_IDENTIFIER = 150;

	/**
	 * What an IATI identifier looks like: no white space and none of the characters that
	 * break URLs.
	 */
	public static final Pattern IATI_IDENTIFIER = Pattern.compile("[^\\s/&|?]+");

	/**
	 * The first year a project, its funding or a response mapping round may name.
	 */
	public static final int FIRST_YEAR = 1990;

	/**
	 * The last year a project, its funding or a response mapping round may name.
	 */
	public static final int LAST_YEAR = 2100;

	/**
	 * Whether {@code year} lies between {@link #FIRST_YEAR} and {@link #LAST_YEAR}.
	 */
	public static boolean isYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/**
	 * An organisation named in one role.
	 */
	public record Participation(@Nullable Long organisationId, @Nullable OrganisationRole role) {
	}

	/**
	 * An amount at a funding stage.
	 */
	public record FundingLine(@Nullable FundingStage stage, @MoneyAmount @Nullable BigDecimal amount,
			@ProjectYear(message = "{responses.money.yearRange}") @Nullable Integer year) {
	}

}
