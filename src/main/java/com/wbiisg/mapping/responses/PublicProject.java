package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What anyone may know of a project its reporting member lists publicly, as the IISG
 * Database's public page shows it: donors, implementers, beneficiaries, initiative and
 * pillar, period, status and budget. Nothing about needs.
 */
public record PublicProject(String title, List<String> funders, List<String> implementers, List<String> partners,
		List<String> initiatives, List<String> pillars, @Nullable LocalDate start, @Nullable LocalDate end,
		ProjectStatus status, @Nullable BigDecimal budgetEur) {

	public static PublicProject of(ProjectView project) {
		return new PublicProject(project.title(), names(project, OrganisationRole.FUNDING),
				names(project, OrganisationRole.IMPLEMENTING), project.partners(), project.initiatives(),
				project.pillars(), project.start(), project.end(), project.status(), project.budget().amountEur());
	}

	private static List<String> names(ProjectView project, OrganisationRole role) {
		return project.withRole(role).stream().map(ProjectView.Participant::name).distinct().toList();
	}

}
