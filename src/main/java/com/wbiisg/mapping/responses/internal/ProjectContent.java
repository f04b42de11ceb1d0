package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jspecify.annotations.Nullable;

/**
 * The content of a project after {@link ProjectRules} checked it: trimmed, complete and
 * consistent.
 */
record ProjectContent(String title, @Nullable String description, @Nullable String iatiIdentifier,
		long reportingOrganisationId, List<Participant> organisations, Set<String> partners, Set<String> initiatives,
		Set<String> pillars, @Nullable BigDecimal budgetAmount, String currency, BigDecimal eurRate,
		List<Funding> funding, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
		@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, ProjectStatus status,
		Set<Integer> reportingYears, boolean publicListed) {

	record Participant(long organisationId, OrganisationRole role) {
	}

	record Funding(FundingStage stage, BigDecimal amount, @Nullable Integer year) {
	}

}
