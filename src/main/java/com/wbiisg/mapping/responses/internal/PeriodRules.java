package com.wbiisg.mapping.responses.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a project's time: periods that end after they start, and the years a
 * project is reported in.
 */
final class PeriodRules {

	/**
	 * The longest period whose years a project is reported in when it names none.
	 */
	private static final int MAX_REPORTED_SPAN = 30;

	private PeriodRules() {
	}

	static void period(@Nullable LocalDate start, @Nullable LocalDate end, String field, List<FieldProblem> problems) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem(field,
					UserText.of("responses.project.endBeforeStart", end.toString(), start.toString())));
		}
	}

	/**
	 * The years given, or else the years of the project's period (actual, else planned);
	 * a year out of range is the problem of its own check and left out.
	 */
	static Set<Integer> reportingYears(ProjectInput input, RecordValidation.Checked alone,
			List<FieldProblem> problems) {
		problems.addAll(alone.problems("reportingYears"));
		Set<Integer> years = new TreeSet<>();
		for (Integer year : (input.reportingYears() == null) ? List.<Integer>of() : input.reportingYears()) {
			if (year != null && ProjectInput.isYear(year)) {
				years.add(year);
			}
		}
		if (!years.isEmpty()) {
			return years;
		}
		LocalDate start = (input.actualStart() != null) ? input.actualStart() : input.plannedStart();
		LocalDate end = (input.actualEnd() != null) ? input.actualEnd() : input.plannedEnd();
		if (start != null && end != null && !end.isBefore(start)
				&& end.getYear() - start.getYear() < MAX_REPORTED_SPAN) {
			for (int year = start.getYear(); year <= end.getYear(); year++) {
				years.add(year);
			}
		}
		return years;
	}

}
