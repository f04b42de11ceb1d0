package com.wbiisg.mapping.responses.web;

import java.util.Arrays;
import java.util.List;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.web.ProjectForm.FundingRow;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The project form's text read as the project's input, and every unreadable field named
 * in the order the form is read.
 */
class ProjectFormTests {

	@Test
	void readsTheTextOfTheForm() {
		ProjectForm form = form("1,500.50 ", " 2021-03-04 ", "implementation", List.of("7", " "), "2021; 2022",
				List.of(new FundingRow("committed", "1,000", "2021"), FundingRow.empty()));

		ProjectInput input = form.toInput();

		assertThat(input.budgetAmount()).isEqualByComparingTo("1500.50");
		assertThat(input.plannedStart()).hasToString("2021-03-04");
		assertThat(input.status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
		assertThat(input.organisations()).containsExactly(new ProjectInput.Participation(7L, OrganisationRole.FUNDING));
		assertThat(input.reportingYears()).containsExactly(2021, 2022);
		assertThat(input.funding()).first()
			.satisfies((line) -> assertThat(line.stage()).isEqualTo(FundingStage.COMMITTED));
	}

	@Test
	void namesEveryUnreadableFieldInTheOrderTheFormIsRead() {
		ProjectForm form = form("a lot", "next spring", "sideways", List.of("Austria", "8", "x"), "2021, soon",
				List.of(new FundingRow("maybe", "much", "later"), new FundingRow("pledged", "1", "then")));

		List<FieldProblem> problems = catchThrowableOfType(InvalidInputException.class, form::toInput).problems();

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("budgetAmount", "plannedStart", "status", "funding", "funding", "funding",
					"reportingYears", "reportingOrganisationId", "funders", "funders");
		assertThat(problems).extracting(FieldProblem::message)
			.containsExactly("Enter an amount such as 250000 or 250000.50.",
					"Enter a date as YYYY-MM-DD, such as 2021-03-04.",
					"Unknown value sideways; use one of " + names(ProjectStatus.class) + ".",
					"Unknown value maybe; use one of " + names(FundingStage.class) + ".",
					"Enter an amount such as 250000 or 250000.50.", problems.get(5).message(),
					problems.get(6).message(), problems.get(7).message(), problems.get(7).message(),
					problems.get(7).message());
		assertThat(problems.get(5).text().key()).isEqualTo("responses.input.fundingYear");
		assertThat(problems.get(6).text().key()).isEqualTo("responses.input.reportingYears");
		assertThat(problems.get(7).text().key()).isEqualTo("responses.input.chooseFromList");
	}

	private static ProjectForm form(String budget, String plannedStart, String status, List<String> funders,
			String years, List<FundingRow> funding) {
		String reporting = funders.contains("Austria") ? "x" : null;
		return new ProjectForm("Title", null, null, reporting, funders, List.of(), List.of(), List.of(), List.of("MK"),
				List.of("WBCTi"), List.of(), budget, "EUR", null, funding, plannedStart, null, null, null, status,
				years, true, null, null, null, null);
	}

	private static String names(Class<? extends Enum<?>> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

}
