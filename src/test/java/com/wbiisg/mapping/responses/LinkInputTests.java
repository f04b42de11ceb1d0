package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks of a link's fields, each alone: a need and a coverage are required, a share
 * is a percentage above 0 and at most 100 with two decimals; a share in an import file is
 * told in the import's words.
 */
class LinkInputTests {

	@Test
	void acceptsSharesAboveZeroUpToAHundredWithTwoDecimals() {
		for (String share : List.of("0.01", "40", "12.5", "12.340", "100", "100.00")) {
			assertThat(RecordValidation.problems(link(new BigDecimal(share)))).as(share).isEmpty();
		}
	}

	@Test
	void refusesSharesOutOfRange() {
		for (String share : List.of("0", "-5", "100.01", "250")) {
			assertThat(messages(link(new BigDecimal(share)))).as(share)
				.containsExactly("A share is a percentage above 0 and at most 100.");
		}
	}

	@Test
	void refusesSharesWithMoreThanTwoDecimals() {
		assertThat(messages(link(new BigDecimal("12.345")))).containsExactly("A share has at most two decimals.");
	}

	@Test
	void asksForTheNeedAndTheCoverageInTheirOrder() {
		assertThat(RecordValidation.problems(new LinkInput(null, null, null, null)))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("needId", "Choose the need the project addresses."),
					tuple("coverage", "Choose full or partial coverage."));
	}

	@Test
	void tellsANoteAtItsLimitFromOneOver() {
		String atLimit = "n".repeat(LinkInput.MAX_NOTE);

		assertThat(RecordValidation.problems(new LinkInput(1L, Coverage.FULL, null, atLimit))).isEmpty();
		assertThat(messages(new LinkInput(1L, Coverage.FULL, null, atLimit + "n")))
			.containsExactly("At most 1000 characters.");
	}

	@Test
	void tellsAShareOfAnImportFileOutOfRangeInTheImportsWords() {
		for (String share : List.of("0.01", "100", "12.345")) {
			assertThat(RecordValidation.problems(importedLink(new BigDecimal(share)))).as(share).isEmpty();
		}
		for (String share : List.of("0", "100.01")) {
			assertThat(RecordValidation.problems(importedLink(new BigDecimal(share)))).as(share)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("sharePercent", "A share is a percentage above 0 and up to 100."));
		}
		assertThat(RecordValidation.problems(new ProjectImportRow.NeedLink(1L, null, null, null)))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("coverage", "Choose full or partial coverage."));
	}

	private static List<String> messages(Object input) {
		return RecordValidation.problems(input).stream().map(FieldProblem::message).toList();
	}

	private static LinkInput link(@Nullable BigDecimal share) {
		return new LinkInput(1L, Coverage.PARTIAL, share, null);
	}

	private static ProjectImportRow.NeedLink importedLink(BigDecimal share) {
		return new ProjectImportRow.NeedLink(1L, Coverage.PARTIAL, share, null);
	}

}
