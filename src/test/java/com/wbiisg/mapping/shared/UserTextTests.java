package com.wbiisg.mapping.shared;

import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts of the bundles in the reader's language, English where a language lacks them, and
 * the field problems and exceptions that carry them.
 */
class UserTextTests {

	private static final Locale MADE_UP = Locale.forLanguageTag("xx");

	private static final RecordType NEED = RecordType.of("Need", "needs.record.need");

	@Test
	void fillsItsPlaceholdersInEnglishAndInAnotherLanguage() {
		UserText text = UserText.of("shared.field.tooLong", "2000");
		assertThat(text.english()).isEqualTo("At most 2000 characters.");
		assertThat(text.in(MADE_UP)).isEqualTo("XX: at most 2000.");
	}

	@Test
	void writesWholeNumbersAsTheirDigits() {
		assertThat(UserText.of("membership.organisation.unknown", 999999L).english())
			.isEqualTo("Unknown organisation 999999.");
	}

	@Test
	void fallsBackToEnglishWhereALanguageLacksTheText() {
		assertThat(UserText.of("shared.field.date").in(MADE_UP))
			.isEqualTo("Enter a date as YYYY-MM-DD, such as 2021-03-04.");
		assertThat(UserText.of("shared.field.date").in(Locale.forLanguageTag("sq")))
			.isEqualTo("Enter a date as YYYY-MM-DD, such as 2021-03-04.");
	}

	@Test
	void answersItsKeyWhereNoBundleHasIt() {
		assertThat(UserText.of("no.such.key").english()).isEqualTo("no.such.key");
	}

	@Test
	void fieldProblemKeepsItsTextUnderAnotherFieldName() {
		FieldProblem problem = new FieldProblem("title", UserText.of("shared.field.required")).at("rows[3].title");
		assertThat(problem.field()).isEqualTo("rows[3].title");
		assertThat(problem.message()).isEqualTo("This field is required.");
		assertThat(problem.message(MADE_UP)).isEqualTo("XX: required.");
	}

	@Test
	void exceptionsSayWhyInTheReadersLanguage() {
		InvalidInputException invalid = new InvalidInputException(
				List.of(new FieldProblem("title", UserText.of("shared.field.required")),
						new FieldProblem("cost", "An English text not moved to the bundles yet.")));
		assertThat(invalid.getMessage()).isEqualTo(
				"Invalid input: title: This field is required.; cost: An English text not moved to the bundles yet.");
		assertThat(invalid.message(MADE_UP))
			.isEqualTo("XX invalid: title: XX: required.; cost: An English text not moved to the bundles yet.");
		assertThat(ConflictException.staleVersion(NEED, 7, 2, 3).getMessage()).isEqualTo(
				"Need 7 was changed by someone else (your version 2, current version 3). Reload it and apply your change again.");
		assertThat(new RecordNotFoundException(NEED, 7).message(MADE_UP))
			.isEqualTo("Need 7 does not exist or is not visible to you.");
	}

}
