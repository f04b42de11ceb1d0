package com.wbiisg.mapping.responses.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A project as a script sends it (API.md); enumerations in any case, dates as text so
 * that a bad one is named.
 */
record ProjectRequest(@Nullable String title, @Nullable String description, @Nullable String iatiIdentifier,
		@Nullable Long reportingOrganisationId, @Nullable List<Organisation> organisations,
		@Nullable List<String> partners, @Nullable List<String> initiatives, @Nullable List<String> pillars,
		@Nullable Budget budget, @Nullable List<Funding> funding, @Nullable String plannedStart,
		@Nullable String plannedEnd, @Nullable String actualStart, @Nullable String actualEnd, @Nullable String status,
		@Nullable List<Integer> reportingYears, @JsonProperty("public") @Nullable Boolean publicListed,
		@Nullable Long version) {

	record Organisation(@Nullable Long organisationId, @Nullable String role) {
	}

	record Budget(@Nullable BigDecimal amount, @Nullable String currency, @Nullable BigDecimal eurRate) {
	}

	record Funding(@Nullable String stage, @Nullable BigDecimal amount, @Nullable Integer year) {
	}

	ProjectInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		List<ProjectInput.Participation> participations = new ArrayList<>();
		for (Organisation organisation : (this.organisations == null) ? List.<Organisation>of() : this.organisations) {
			if (organisation != null) {
				participations.add(new ProjectInput.Participation(organisation.organisationId(),
						Inputs.enumValue(problems, "organisations", organisation.role(), OrganisationRole.class)));
			}
		}
		List<ProjectInput.FundingLine> lines = new ArrayList<>();
		for (Funding line : (this.funding == null) ? List.<Funding>of() : this.funding) {
			if (line != null) {
				lines.add(new ProjectInput.FundingLine(
						Inputs.enumValue(problems, "funding", line.stage(), FundingStage.class), line.amount(),
						line.year()));
			}
		}
		ProjectStatus projectStatus = Inputs.enumValue(problems, "status", this.status, ProjectStatus.class);
		LocalDate ps = Inputs.date(problems, "plannedStart", this.plannedStart);
		LocalDate pe = Inputs.date(problems, "plannedEnd", this.plannedEnd);
		LocalDate as = Inputs.date(problems, "actualStart", this.actualStart);
		LocalDate ae = Inputs.date(problems, "actualEnd", this.actualEnd);
		FieldChecks.throwIfAny(problems);
		Budget money = (this.budget == null) ? new Budget(null, null, null) : this.budget;
		return new ProjectInput(this.title, this.description, this.iatiIdentifier, this.reportingOrganisationId,
				participations, this.partners, this.initiatives, this.pillars, money.amount(), money.currency(),
				money.eurRate(), lines, ps, pe, as, ae, projectStatus, this.reportingYears, this.publicListed);
	}

}
