package com.wbiisg.mapping.meetings;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The check of a decision's kind, told after those of its texts as it always was.
 */
class DecisionInputTests {

	@Test
	void asksForTheKindAfterTheTexts() {
		DecisionInput input = new DecisionInput(null, null, " ", null, "o".repeat(DecisionInput.MAX_OPTION + 1));

		assertThat(RecordValidation.problems(input, "text", "option", "kind"))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("text", "This field is required."), tuple("option", "At most 60 characters."),
					tuple("kind", "Choose what the decision does."));
	}

	@Test
	void acceptsADecisionWithAKind() {
		DecisionInput input = new DecisionInput(DecisionKind.OTHER, null, "Agreed", null, null);

		assertThat(RecordValidation.problems(input)).isEmpty();
	}

}
