package com.wbiisg.mapping.responses.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a project's time: periods that end after they start, and the years a
 * project, its funding or a response mapping round may name.
 */
final class PeriodRules {

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	/**
	 * The longest period whose years a project is reported in when it names none.
	 */
	private static final int MAX_REPORTED_SPAN = 30;

	private PeriodRules() {
	}

	static boolean isYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	static void period(@Nullable LocalDate start, @Nullable LocalDate end, String field, List<FieldProblem> problems) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem(field,
					UserText.of("responses.project.endBeforeStart", end.toString(), start.toString())));
		}
	}

	/**
	 * The years given, or else the years of the project's period (actual, else planned).
	 */
	static Set<Integer> reportingYears(ProjectInput input, List<FieldProblem> problems) {
		Set<Integer> years = new TreeSet<>();
		for (Integer year : (input.reportingYears() == null) ? List.<Integer>of() : input.reportingYears()) {
			if (year == null) {
				continue;
			}
			if (!isYear(year)) {
				problems.add(new FieldProblem("reportingYears",
						UserText.of("responses.project.reportingYearRange", FIRST_YEAR, LAST_YEAR)));
			}
			else {
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
