package com.wbiisg.mapping.responses.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.AmountText;
import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.DigitsText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The project form as the browser sends it: organisations as ids per IATI role, amounts,
 * dates and years as text so that a bad value is named next to its field, funding as
 * numbered rows, and the small form to add a missing organisation to the registry. Ids
 * and the version are text too, so that a tampered value cannot break the binding.
 */
@CheckOrder({ "budgetAmount", "eurRate", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "status", "funding",
		"reportingYears", "reportingOrganisationId", "funders", "accountable", "extending", "implementers" })
record ProjectForm(@Nullable String title, @Nullable String description, @Nullable String iatiIdentifier,
		@DigitsText(message = CHOOSE) @Nullable String reportingOrganisationId,
		@Nullable List<@DigitsText(message = CHOOSE) String> funders,
		@Nullable List<@DigitsText(message = CHOOSE) String> accountable,
		@Nullable List<@DigitsText(message = CHOOSE) String> extending,
		@Nullable List<@DigitsText(message = CHOOSE) String> implementers, @Nullable List<String> partners,
		@Nullable List<String> initiatives, @Nullable List<String> pillars, @AmountText @Nullable String budgetAmount,
		@Nullable String currency, @AmountText @Nullable String eurRate, @Nullable List<@Valid FundingRow> funding,
		@DateText @Nullable String plannedStart, @DateText @Nullable String plannedEnd,
		@DateText @Nullable String actualStart, @DateText @Nullable String actualEnd,
		@EnumText(ProjectStatus.class) @Nullable String status,
		@WholeNumbers(separated = true, message = "{responses.input.reportingYears}") @Nullable String reportingYears,
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
	 * The message of an id that is not one of a list's.
	 */
	static final String CHOOSE = "{responses.input.chooseFromList}";

	/**
	 * The message of a funding year that is no number: told once for all the rows.
	 */
	private static final String FUNDING_YEAR = "{responses.input.fundingYear}";

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
	record FundingRow(@EnumText(FundingStage.class) @Nullable String stage, @AmountText @Nullable String amount,
			@WholeNumbers(message = FUNDING_YEAR) @Nullable String year) {

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
		List<FieldProblem> problems = onceForAllRows(RecordValidation.problems(this));
		InvalidInputException.throwIfAny(problems);
		return new ProjectInput(this.title, this.description, this.iatiIdentifier, id(this.reportingOrganisationId),
				participations(), this.partners, this.initiatives, this.pillars, Inputs.amount(this.budgetAmount),
				this.currency, Inputs.amount(this.eurRate), fundingLines(), Inputs.date(this.plannedStart),
				Inputs.date(this.plannedEnd), Inputs.date(this.actualStart), Inputs.date(this.actualEnd),
				Inputs.enumOf(ProjectStatus.class, this.status), years(), Boolean.TRUE.equals(this.publicListed));
	}

	/**
	 * The problems with the funding year that is no number told once, not once per row.
	 */
	private static List<FieldProblem> onceForAllRows(List<FieldProblem> problems) {
		UserText fundingYear = UserText.of(FUNDING_YEAR.substring(1, FUNDING_YEAR.length() - 1));
		List<FieldProblem> once = new ArrayList<>();
		for (FieldProblem problem : problems) {
			if (!fundingYear.equals(problem.text()) || once.stream().noneMatch((p) -> fundingYear.equals(p.text()))) {
				once.add(problem);
			}
		}
		return once;
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

	private List<ProjectInput.Participation> participations() {
		List<ProjectInput.Participation> all = new ArrayList<>();
		add(all, this.funders, OrganisationRole.FUNDING);
		add(all, this.accountable, OrganisationRole.ACCOUNTABLE);
		add(all, this.extending, OrganisationRole.EXTENDING);
		add(all, this.implementers, OrganisationRole.IMPLEMENTING);
		return all;
	}

	private static void add(List<ProjectInput.Participation> all, @Nullable List<String> ids, OrganisationRole role) {
		for (String text : (ids == null) ? List.<String>of() : ids) {
			Long id = id(text);
			if (id != null) {
				all.add(new ProjectInput.Participation(id, role));
			}
		}
	}

	/**
	 * The id of a record chosen from a list, checked by {@link DigitsText}; null when
	 * none is chosen.
	 */
	static @Nullable Long id(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : Long.valueOf(text.trim());
	}

	private List<ProjectInput.FundingLine> fundingLines() {
		List<ProjectInput.FundingLine> lines = new ArrayList<>();
		for (FundingRow row : (this.funding == null) ? List.<FundingRow>of() : this.funding) {
			if (row != null) {
				lines.add(new ProjectInput.FundingLine(Inputs.enumOf(FundingStage.class, row.stage()),
						Inputs.amount(row.amount()), number(row.year())));
			}
		}
		return lines;
	}

	private List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		if (this.reportingYears == null) {
			return years;
		}
		for (String part : this.reportingYears.split(WholeNumbers.SEPARATORS)) {
			Integer year = number(part);
			if (year != null) {
				years.add(year);
			}
		}
		return years;
	}

	private static @Nullable Integer number(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : Integer.valueOf(text.trim());
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
