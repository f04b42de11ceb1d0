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
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A project as a script sends it (API.md); enumerations in any case, dates as text so
 * that a bad one is named.
 */
@CheckOrder({ "organisations", "funding", "status" })
record ProjectRequest(@Nullable String title, @Nullable String description, @Nullable String iatiIdentifier,
		@Nullable Long reportingOrganisationId, @Nullable List<@Valid Organisation> organisations,
		@Nullable List<String> partners, @Nullable List<String> initiatives, @Nullable List<String> pillars,
		@Nullable Budget budget, @Nullable List<@Valid Funding> funding, @DateText @Nullable String plannedStart,
		@DateText @Nullable String plannedEnd, @DateText @Nullable String actualStart,
		@DateText @Nullable String actualEnd, @EnumText(ProjectStatus.class) @Nullable String status,
		@Nullable List<Integer> reportingYears, @JsonProperty("public") @Nullable Boolean publicListed,
		@Nullable Long version) {

	record Organisation(@Nullable Long organisationId, @EnumText(OrganisationRole.class) @Nullable String role) {
	}

	record Budget(@Nullable BigDecimal amount, @Nullable String currency, @Nullable BigDecimal eurRate) {
	}

	record Funding(@EnumText(FundingStage.class) @Nullable String stage, @Nullable BigDecimal amount,
			@Nullable Integer year) {
	}

	ProjectInput toInput() {
		RecordValidation.check(this);
		List<ProjectInput.Participation> participations = new ArrayList<>();
		for (Organisation organisation : (this.organisations == null) ? List.<Organisation>of() : this.organisations) {
			if (organisation != null) {
				participations.add(new ProjectInput.Participation(organisation.organisationId(),
						Inputs.enumOf(OrganisationRole.class, organisation.role())));
			}
		}
		List<ProjectInput.FundingLine> lines = new ArrayList<>();
		for (Funding line : (this.funding == null) ? List.<Funding>of() : this.funding) {
			if (line != null) {
				lines.add(new ProjectInput.FundingLine(Inputs.enumOf(FundingStage.class, line.stage()), line.amount(),
						line.year()));
			}
		}
		ProjectStatus projectStatus = Inputs.enumOf(ProjectStatus.class, this.status);
		LocalDate ps = Inputs.date(this.plannedStart);
		LocalDate pe = Inputs.date(this.plannedEnd);
		LocalDate as = Inputs.date(this.actualStart);
		LocalDate ae = Inputs.date(this.actualEnd);
		Budget money = (this.budget == null) ? new Budget(null, null, null) : this.budget;
		return new ProjectInput(this.title, this.description, this.iatiIdentifier, this.reportingOrganisationId,
				participations, this.partners, this.initiatives, this.pillars, money.amount(), money.currency(),
				money.eurRate(), lines, ps, pe, as, ae, projectStatus, this.reportingYears, this.publicListed);
	}

}
