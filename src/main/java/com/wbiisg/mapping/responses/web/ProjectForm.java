package com.wbiisg.mapping.responses.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The project form as the browser sends it: organisations as ids per IATI role, amounts,
 * dates and years as text so that a bad value is named next to its field, funding as
 * numbered rows, and the small form to add a missing organisation to the registry. Ids
 * and the version are text too, so that a tampered value cannot break the binding.
 */
record ProjectForm(@Nullable String title, @Nullable String description, @Nullable String iatiIdentifier,
		@Nullable String reportingOrganisationId, @Nullable List<String> funders, @Nullable List<String> accountable,
		@Nullable List<String> extending, @Nullable List<String> implementers, @Nullable List<String> partners,
		@Nullable List<String> initiatives, @Nullable List<String> pillars, @Nullable String budgetAmount,
		@Nullable String currency, @Nullable String eurRate, @Nullable List<FundingRow> funding,
		@Nullable String plannedStart, @Nullable String plannedEnd, @Nullable String actualStart,
		@Nullable String actualEnd, @Nullable String status, @Nullable String reportingYears,
		@Nullable Boolean publicListed, @Nullable String version, @Nullable String newOrganisationName,
		@Nullable String newOrganisationShortName, @Nullable String newOrganisationType) {

	ProjectForm {
		funders = listOf(funders);
		accountable = listOf(accountable);
		extending = listOf(extending);
		implementers = listOf(implementers);
		partners = listOf(partners);
		initiatives = listOf(initiatives);
		pillars = listOf(pillars);
		funding = listOf(funding);
	}

	/**
	 * How many empty funding rows the form offers beyond the filled ones.
	 */
	static final int EMPTY_FUNDING_ROWS = 3;

	/**
	 * The service's names of fields that the form names differently.
	 */
	private static final Map<String, String> FORM_FIELDS = Map.of("budget.amount", "budgetAmount", "budget.currency",
			"currency", "budget.eurRate", "eurRate", "organisations", "funders");

	/**
	 * The registry's names of the fields of a new organisation, as the form names them.
	 */
	private static final Map<String, String> NEW_ORGANISATION_FIELDS = Map.of("name", "newOrganisationName",
			"shortName", "newOrganisationShortName", "type", "newOrganisationType");

	/**
	 * One amount of the project's funding, as typed.
	 */
	record FundingRow(@Nullable String stage, @Nullable String amount, @Nullable String year) {

		static FundingRow empty() {
			return new FundingRow(null, null, null);
		}

	}

	/**
	 * A new project: in EUR, listed publicly.
	 */
	static ProjectForm blank() {
		return new ProjectForm(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), null, "EUR", null, List.of(), null, null, null, null, null, null, true, null, null, null,
				null)
			.padded();
	}

	static ProjectForm of(ProjectView project) {
		List<FundingRow> rows = project.funding()
			.stream()
			.map((line) -> new FundingRow(line.stage().name(), line.amount().toPlainString(),
					(line.year() == null) ? null : String.valueOf(line.year())))
			.toList();
		return new ProjectForm(project.title(), project.description(), project.iatiIdentifier(),
				String.valueOf(project.reportingOrganisationId()), ids(project, OrganisationRole.FUNDING),
				ids(project, OrganisationRole.ACCOUNTABLE), ids(project, OrganisationRole.EXTENDING),
				ids(project, OrganisationRole.IMPLEMENTING), project.partners(), project.initiatives(),
				project.pillars(), plain(project.budget().amount()), project.budget().currency(),
				"EUR".equals(project.budget().currency()) ? null : plain(project.budget().eurRate()), rows,
				text(project.plannedStart()), text(project.plannedEnd()), text(project.actualStart()),
				text(project.actualEnd()), project.status().name(),
				project.reportingYears().stream().map(String::valueOf).collect(Collectors.joining(", ")),
				project.publicListed(), String.valueOf(project.version()), null, null, null)
			.padded();
	}

	/**
	 * The same form with a few empty funding rows after the filled ones.
	 */
	ProjectForm padded() {
		List<FundingRow> rows = new ArrayList<>();
		for (FundingRow row : (this.funding == null) ? List.<FundingRow>of() : this.funding) {
			if (row != null && !row.equals(FundingRow.empty())) {
				rows.add(row);
			}
		}
		for (int i = 0; i < EMPTY_FUNDING_ROWS; i++) {
			rows.add(FundingRow.empty());
		}
		return new ProjectForm(this.title, this.description, this.iatiIdentifier, this.reportingOrganisationId,
				this.funders, this.accountable, this.extending, this.implementers, this.partners, this.initiatives,
				this.pillars, this.budgetAmount, this.currency, this.eurRate, rows, this.plannedStart, this.plannedEnd,
				this.actualStart, this.actualEnd, this.status, this.reportingYears, this.publicListed, this.version,
				this.newOrganisationName, this.newOrganisationShortName, this.newOrganisationType);
	}

	/**
	 * The same form with the organisation chosen as an implementer and the small form to
	 * add one emptied.
	 */
	ProjectForm withImplementer(long organisationId) {
		List<String> chosen = new ArrayList<>((this.implementers == null) ? List.of() : this.implementers);
		if (!chosen.contains(String.valueOf(organisationId))) {
			chosen.add(String.valueOf(organisationId));
		}
		return new ProjectForm(this.title, this.description, this.iatiIdentifier, this.reportingOrganisationId,
				this.funders, this.accountable, this.extending, chosen, this.partners, this.initiatives, this.pillars,
				this.budgetAmount, this.currency, this.eurRate, this.funding, this.plannedStart, this.plannedEnd,
				this.actualStart, this.actualEnd, this.status, this.reportingYears, this.publicListed, this.version,
				null, null, null)
			.padded();
	}

	/**
	 * The input for the responses module.
	 * @throws InvalidInputException naming every field whose text cannot be read
	 */
	ProjectInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal amount = Inputs.amount(problems, "budgetAmount", this.budgetAmount);
		BigDecimal rate = Inputs.amount(problems, "eurRate", this.eurRate);
		LocalDate ps = Inputs.date(problems, "plannedStart", this.plannedStart);
		LocalDate pe = Inputs.date(problems, "plannedEnd", this.plannedEnd);
		LocalDate as = Inputs.date(problems, "actualStart", this.actualStart);
		LocalDate ae = Inputs.date(problems, "actualEnd", this.actualEnd);
		ProjectStatus projectStatus = Inputs.enumValue(problems, "status", this.status, ProjectStatus.class);
		List<ProjectInput.FundingLine> lines = fundingLines(problems);
		List<Integer> years = years(problems);
		Long reporting = id(problems, "reportingOrganisationId", this.reportingOrganisationId);
		List<ProjectInput.Participation> participations = participations(problems);
		FieldChecks.throwIfAny(problems);
		return new ProjectInput(this.title, this.description, this.iatiIdentifier, reporting, participations,
				this.partners, this.initiatives, this.pillars, amount, this.currency, rate, lines, ps, pe, as, ae,
				projectStatus, years, Boolean.TRUE.equals(this.publicListed));
	}

	/**
	 * The problems of the responses module under the names of this form's fields.
	 */
	static InvalidInputException onForm(InvalidInputException ex) {
		return rename(ex, FORM_FIELDS);
	}

	/**
	 * The problems of the registry with a new organisation under the names of the small
	 * form's fields.
	 */
	static InvalidInputException onNewOrganisation(InvalidInputException ex) {
		return rename(ex, NEW_ORGANISATION_FIELDS);
	}

	private static InvalidInputException rename(InvalidInputException ex, Map<String, String> names) {
		return new InvalidInputException(ex.problems()
			.stream()
			.map((problem) -> problem.at(names.getOrDefault(problem.field(), problem.field())))
			.toList());
	}

	/**
	 * The version the form was loaded with; one that cannot be read is stale.
	 */
	long expectedVersion() {
		String text = (this.version == null) ? "" : this.version.trim();
		return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
	}

	private List<ProjectInput.Participation> participations(List<FieldProblem> problems) {
		List<ProjectInput.Participation> all = new ArrayList<>();
		add(all, problems, "funders", this.funders, OrganisationRole.FUNDING);
		add(all, problems, "accountable", this.accountable, OrganisationRole.ACCOUNTABLE);
		add(all, problems, "extending", this.extending, OrganisationRole.EXTENDING);
		add(all, problems, "implementers", this.implementers, OrganisationRole.IMPLEMENTING);
		return all;
	}

	private static void add(List<ProjectInput.Participation> all, List<FieldProblem> problems, String field,
			@Nullable List<String> ids, OrganisationRole role) {
		for (String text : (ids == null) ? List.<String>of() : ids) {
			Long id = id(problems, field, text);
			if (id != null) {
				all.add(new ProjectInput.Participation(id, role));
			}
		}
	}

	/**
	 * An organisation chosen from a list, by its id.
	 */
	static @Nullable Long id(List<FieldProblem> problems, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.trim().matches("\\d{1,18}")) {
			problems.add(new FieldProblem(field, UserText.of("responses.input.chooseFromList")));
			return null;
		}
		return Long.valueOf(text.trim());
	}

	private List<ProjectInput.FundingLine> fundingLines(List<FieldProblem> problems) {
		List<ProjectInput.FundingLine> lines = new ArrayList<>();
		for (FundingRow row : (this.funding == null) ? List.<FundingRow>of() : this.funding) {
			if (row == null) {
				continue;
			}
			FundingStage stage = Inputs.enumValue(problems, "funding", row.stage(), FundingStage.class);
			BigDecimal value = Inputs.amount(problems, "funding", row.amount());
			Integer year = year(problems, "funding", row.year(), UserText.of("responses.input.fundingYear"));
			lines.add(new ProjectInput.FundingLine(stage, value, year));
		}
		return lines;
	}

	private List<Integer> years(List<FieldProblem> problems) {
		List<Integer> years = new ArrayList<>();
		if (this.reportingYears == null) {
			return years;
		}
		for (String part : this.reportingYears.split("[,;\\s]+")) {
			Integer year = year(problems, "reportingYears", part, UserText.of("responses.input.reportingYears"));
			if (year != null) {
				years.add(year);
			}
		}
		return years;
	}

	private static @Nullable Integer year(List<FieldProblem> problems, String field, @Nullable String text,
			UserText message) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			if (problems.stream().noneMatch((problem) -> message.equals(problem.text()))) {
				problems.add(new FieldProblem(field, message));
			}
			return null;
		}
	}

	private static <T> List<T> listOf(@Nullable List<T> values) {
		return (values == null) ? List.of() : values;
	}

	private static List<String> ids(ProjectView project, OrganisationRole role) {
		return project.withRole(role)
			.stream()
			.map((participant) -> String.valueOf(participant.organisationId()))
			.toList();
	}

	private static @Nullable String plain(@Nullable BigDecimal value) {
		return (value == null) ? null : value.stripTrailingZeros().toPlainString();
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value == null) ? null : value.toString();
	}

}
