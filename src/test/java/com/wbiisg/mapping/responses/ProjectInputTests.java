package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks of a project's fields, each alone: its money, its years, its status and the
 * form of its IATI identifier, each at its limits and one past them.
 */
class ProjectInputTests {

	@Test
	void acceptsAmountsFromZeroToJustUnderATrillionWithTwoDecimals() {
		for (String amount : List.of("0", "0.01", "999999999999.99", "1.500", "1E+3")) {
			assertThat(RecordValidation.problems(budget(new BigDecimal(amount)), "budgetAmount")).as(amount).isEmpty();
		}
	}

	@Test
	void tellsWhatIsWrongWithAnAmount() {
		assertThat(messages(budget(new BigDecimal("-0.01")), "budgetAmount"))
			.containsExactly("An amount is not negative.");
		assertThat(messages(budget(new BigDecimal("1000000000000")), "budgetAmount"))
			.containsExactly("An amount is under 1 trillion.");
		assertThat(messages(budget(new BigDecimal("1.005")), "budgetAmount"))
			.containsExactly("An amount has at most two decimals.");
	}

	@Test
	void checksTheAmountAndYearOfAFundingLine() {
		assertThat(RecordValidation.problems(
				new ProjectInput.FundingLine(FundingStage.PLEDGED, new BigDecimal("10.50"), ProjectInput.FIRST_YEAR),
				"amount", "year"))
			.isEmpty();
		assertThat(RecordValidation.problems(
				new ProjectInput.FundingLine(FundingStage.PLEDGED, new BigDecimal("10.50"), ProjectInput.LAST_YEAR),
				"amount", "year"))
			.isEmpty();
		assertThat(RecordValidation
			.problems(new ProjectInput.FundingLine(null, new BigDecimal("-1"), ProjectInput.FIRST_YEAR - 1), "amount",
					"year")
			.stream()
			.map(FieldProblem::message))
			.containsExactly("An amount is not negative.", "A funding year lies between 1990 and 2100.");
		assertThat(RecordValidation
			.problems(new ProjectInput.FundingLine(null, null, ProjectInput.LAST_YEAR + 1), "amount", "year")
			.stream()
			.map(FieldProblem::message)).containsExactly("A funding year lies between 1990 and 2100.");
	}

	@Test
	void acceptsIsoCurrencyCodesInAnyCaseAndNone() {
		for (String currency : new String[] { null, " ", "EUR", " usd ", "mkd" }) {
			assertThat(RecordValidation.problems(currency(currency), "currency")).as("[%s]", currency).isEmpty();
		}
	}

	@Test
	void namesAnUnknownCurrencyTrimmed() {
		assertThat(messages(currency(" euro "), "currency"))
			.containsExactly("Unknown currency euro; use an ISO 4217 code such as EUR, GBP or USD.");
	}

	@Test
	void asksForTheStatus() {
		ProjectInput withoutStatus = new ProjectInput("Title", null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);

		assertThat(messages(withoutStatus, "status")).containsExactly(
				"Choose the status: pipeline, implementation, finalisation, closed, cancelled or suspended.");
		assertThat(RecordValidation.problems(years(), "status")).isEmpty();
	}

	@Test
	void tellsEachReportingYearOutOfRange() {
		assertThat(RecordValidation.problems(years(1990, 2100, null), "reportingYears")).isEmpty();
		assertThat(RecordValidation.problems(years(1989, 2021, 2101), "reportingYears"))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("reportingYears", "A reporting year lies between 1990 and 2100."),
					tuple("reportingYears", "A reporting year lies between 1990 and 2100."));
	}

	@Test
	void acceptsIatiIdentifiersUpToTheirLimit() {
		String atLimit = "XM-DAC-41114-" + "9".repeat(ProjectInput.MAX_IATI_IDENTIFIER - 13);

		assertThat(RecordValidation.problems(identifier(" XM-DAC-41114-PROJECT-00123 "), "iatiIdentifier")).isEmpty();
		assertThat(RecordValidation.problems(identifier(atLimit), "iatiIdentifier")).isEmpty();
		assertThat(messages(identifier(atLimit + "9"), "iatiIdentifier")).containsExactly("At most 150 characters.");
	}

	@Test
	void refusesIatiIdentifiersThatBreakUrls() {
		for (String identifier : List.of("XM DAC", "XM/DAC", "XM&DAC", "XM|DAC", "XM?DAC")) {
			assertThat(messages(identifier(identifier), "iatiIdentifier")).as(identifier)
				.containsExactly(
						"An IATI identifier has no spaces and none of / & | ?, such as XM-DAC-41114-PROJECT-00123.");
		}
	}

	@Test
	void tellsTheLengthOfAnIatiIdentifierBeforeItsForm() {
		assertThat(messages(identifier("X Y".repeat(50) + "Z"), "iatiIdentifier")).containsExactly(
				"At most 150 characters.",
				"An IATI identifier has no spaces and none of / & | ?, such as XM-DAC-41114-PROJECT-00123.");
	}

	private static List<String> messages(Object input, String component) {
		return RecordValidation.problems(input, component).stream().map(FieldProblem::message).toList();
	}

	private static ProjectInput budget(BigDecimal amount) {
		return project(null, amount, null, List.of());
	}

	private static ProjectInput currency(@Nullable String currency) {
		return project(null, null, currency, List.of());
	}

	private static ProjectInput identifier(String identifier) {
		return project(identifier, null, null, List.of());
	}

	private static ProjectInput years(@Nullable Integer... years) {
		return project(null, null, null, Arrays.asList(years));
	}

	private static ProjectInput project(@Nullable String iatiIdentifier, @Nullable BigDecimal budget,
			@Nullable String currency, List<Integer> years) {
		return new ProjectInput("Title", null, iatiIdentifier, null, null, null, null, null, budget, currency, null,
				null, null, null, null, null, ProjectStatus.IMPLEMENTATION, years, null);
	}

}
