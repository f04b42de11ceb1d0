package com.wbiisg.mapping.framework;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks of an item's texts: a title is required, and each text has a limit on its
 * trimmed length, told with the limit.
 */
class ItemInputTests {

	@Test
	void acceptsTextsAtTheirLimits() {
		ItemInput atLimits = new ItemInput("t".repeat(ItemInput.MAX_TITLE), "d".repeat(ItemInput.MAX_DESCRIPTION),
				"r".repeat(ItemInput.MAX_REFERENCE));

		assertThat(RecordValidation.problems(atLimits)).isEmpty();
	}

	@Test
	void asksForATitle() {
		for (String title : new String[] { null, "", "   " }) {
			assertThat(RecordValidation.problems(new ItemInput(title, null, null))).as("[%s]", title)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("title", "A title is required."));
		}
	}

	@Test
	void refusesATitleOneCharacterTooLong() {
		assertThat(RecordValidation.problems(new ItemInput("t".repeat(301), null, null)))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("title", "A title has at most 300 characters."));
	}

	@Test
	void refusesADescriptionOneCharacterTooLongWithItsLimitUngrouped() {
		assertThat(RecordValidation.problems(new ItemInput("Title", "d".repeat(4001), null)))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("description", "A description has at most 4000 characters."));
	}

	@Test
	void refusesAReferenceOneCharacterTooLong() {
		assertThat(RecordValidation.problems(new ItemInput("Title", null, "r".repeat(201))))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("reference", "A reference has at most 200 characters."));
	}

	@Test
	void countsTheTrimmedTexts() {
		ItemInput padded = new ItemInput("  " + "t".repeat(300) + "  ", " " + "d".repeat(4000) + " ",
				" " + "r".repeat(200) + " ");

		assertThat(RecordValidation.problems(padded)).isEmpty();
	}

	@Test
	void tellsEveryProblemInTheOrderOfTheFields() {
		assertThat(RecordValidation.problems(new ItemInput(" ", "d".repeat(4001), "r".repeat(201))))
			.extracting(FieldProblem::field)
			.containsExactly("title", "description", "reference");
	}

}
