package com.wbiisg.mapping.meetings;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The check of the months after a meeting that a milestone falls due: from 0 to 120.
 */
class MilestoneInputTests {

	@Test
	void acceptsMonthsFromZeroToTheLimit() {
		for (Integer months : new Integer[] { null, 0, 6, MilestoneInput.MAX_MONTHS_AFTER }) {
			assertThat(RecordValidation.problems(milestone(months))).as("%s", months).isEmpty();
		}
	}

	@Test
	void refusesMonthsOutOfRange() {
		for (int months : List.of(-1, MilestoneInput.MAX_MONTHS_AFTER + 1)) {
			assertThat(RecordValidation.problems(milestone(months))).as("%s", months)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("monthsAfter", "Give a number of months from 0 to 120."));
		}
	}

	private static MilestoneInput milestone(Integer monthsAfter) {
		return new MilestoneInput("Report adopted", null, null, 1L, monthsAfter);
	}

}
