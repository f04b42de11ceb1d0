package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One project as a file brings it (a row of the projects template, an IATI activity),
 * with the links to needs it asks for. See {@link ProjectImports} for how it is matched
 * to an existing project.
 *
 * @param projectId the project to change, when the file knows it
 * @param version the version of that project the file was made from, or {@code null} to
 * change whatever it holds now
 * @param iatiIdentifier the activity's IATI identifier; without a project id, a project
 * holding this identifier is changed, otherwise a new one is registered
 * @param reportingOrganisationId the organisation that reports the project; {@code null}
 * for the current user's own (a partner focal point may name no other)
 * @param organisations the participating organisations with their roles (at least one
 * funder)
 * @param partners the beneficiary WB partners (codes), {@code REG} for regional
 * @param funding amounts at funding stages (pledged, committed, disbursed); {@code null}
 * keeps the funding of a matched project as it is (a template without funding columns)
 * @param publicListed whether the project is on the public list ({@code null}: yes)
 * @param links needs the project addresses; links that exist already are kept as they
 * are, and an import never removes a link
 */
public record ProjectImportRow(@Nullable Long projectId, @Nullable Long version, @Nullable String iatiIdentifier,
		@Nullable String title, @Nullable String description, @Nullable Long reportingOrganisationId,
		List<Participation> organisations, List<String> partners, List<String> initiatives, List<String> pillars,
		@Nullable BigDecimal budgetAmount, @Nullable String currency, @Nullable BigDecimal eurRate,
		@Nullable List<FundingLine> funding, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
		@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, @Nullable ProjectStatus status,
		List<Integer> reportingYears, @Nullable Boolean publicListed, List<NeedLink> links) {

	public ProjectImportRow {
		organisations = List.copyOf(organisations);
		partners = List.copyOf(partners);
		initiatives = List.copyOf(initiatives);
		pillars = List.copyOf(pillars);
		funding = (funding == null) ? null : List.copyOf(funding);
		reportingYears = List.copyOf(reportingYears);
		links = List.copyOf(links);
	}

	/**
	 * An organisation of the registry in one role.
	 */
	public record Participation(long organisationId, OrganisationRole role) {
	}

	/**
	 * An amount in the project's currency at one funding stage, optionally of one year.
	 */
	public record FundingLine(FundingStage stage, BigDecimal amount, @Nullable Integer year) {
	}

	/**
	 * A need the project addresses, fully or partly, with an optional share of the
	 * project's budget; the checks of its coverage and share are written here, those of
	 * the need, which read it, are the import's.
	 */
	public record NeedLink(@Nullable Long needId,
			@NotNull(message = "{responses.linking.coverageRequired}") @Nullable Coverage coverage,
			@DecimalMin(value = "0", inclusive = false, message = SHARE_RANGE) @DecimalMax(value = "100",
					message = SHARE_RANGE) @Nullable BigDecimal sharePercent,
			@Nullable String note) {

		static final String SHARE_RANGE = "{responses.import.shareRange}";

	}

}
