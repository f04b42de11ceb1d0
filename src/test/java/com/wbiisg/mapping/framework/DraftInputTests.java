package com.wbiisg.mapping.framework;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The check of a new draft's cycle: two years in order, joined by a dash or a slash, and
 * kept with an en dash.
 */
class DraftInputTests {

	@Test
	void acceptsTwoYearsInOrderJoinedByADashOrASlash() {
		for (String cycle : List.of("2021-2022", " 2021 \u2013 2022 ", "2021\u20142022", "2021/2022", "2022-2022")) {
			assertThat(RecordValidation.problems(new DraftInput("WBCTi", cycle, null))).as(cycle).isEmpty();
		}
	}

	@Test
	void keepsTheCycleWithAnEnDash() {
		assertThat(CycleText.Check.normalised(" 2021 / 2022 ")).isEqualTo("2021\u20132022");
	}

	@Test
	void refusesAnythingElseAsACycle() {
		for (String cycle : new String[] { null, "", "  ", "2022-2021", "2021", "21-22", "2021-2022-2023",
				"next year" }) {
			assertThat(RecordValidation.problems(new DraftInput("WBCTi", cycle, null))).as("[%s]", cycle)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("cycle", "A cycle is written as two years, such as 2021\u20132022."));
		}
	}

}
