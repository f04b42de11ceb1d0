package com.wbiisg.mapping.responses.web;

import java.io.Writer;
import java.math.RoundingMode;
import java.util.List;

import com.wbiisg.mapping.responses.PublicProject;
import com.wbiisg.mapping.shared.Csv;

/**
 * Writes public projects as CSV ({@link Csv}: RFC 4180, formulas neutralised): a header
 * row, then one row per project with lists joined with "; ".
 */
final class ProjectCsv {

	static final List<String> HEADER = List.of("title", "funders", "implementers", "partners", "initiatives", "pillars",
			"start", "end", "status", "budget_eur");

	private static final String LIST_SEPARATOR = "; ";

	private final Csv csv;

	ProjectCsv(Writer out) {
		this.csv = new Csv(out);
	}

	void header() {
		this.csv.row(HEADER);
	}

	void project(PublicProject project) {
		this.csv.row(project.title(), join(project.funders()), join(project.implementers()), join(project.partners()),
				join(project.initiatives()), join(project.pillars()), project.start(), project.end(),
				project.status().name(),
				(project.budgetEur() == null) ? null : project.budgetEur().setScale(2, RoundingMode.HALF_UP));
	}

	private static String join(List<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

}
