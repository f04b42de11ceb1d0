package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * An activity mapped to a project, with its organisations still as the file names them
 * ({@link IatiOrganisations} finds or registers them).
 */
public record IatiDraft(String identifier, String title, @Nullable String description, IatiActivity.Org reportingOrg,
		List<Role> participants, List<String> partners, @Nullable BigDecimal budgetAmount, String currency,
		BigDecimal eurRate, List<ProjectView.Funding> funding, @Nullable LocalDate plannedStart,
		@Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
		ProjectStatus status, List<IatiProjectRecord.Sector> sectors, List<IatiProjectRecord.Narrative> narratives) {

	/**
	 * An organisation of the file in a role of the project.
	 */
	public record Role(IatiActivity.Org org, OrganisationRole role) {
	}

}
