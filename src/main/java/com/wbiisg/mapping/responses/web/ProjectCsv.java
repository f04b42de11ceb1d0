package com.wbiisg.mapping.responses.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.util.List;

import com.wbiisg.mapping.responses.PublicProject;
import org.jspecify.annotations.Nullable;

/**
 * Writes public projects as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
 * where they hold a comma, a quote or a line break, lists joined with "; ". A cell that a
 * spreadsheet would read as a formula gets a leading apostrophe.
 */
final class ProjectCsv {

	static final List<String> HEADER = List.of("title", "funders", "implementers", "partners", "initiatives", "pillars",
			"start", "end", "status", "budget_eur");

	private static final String LIST_SEPARATOR = "; ";

	private final Writer out;

	ProjectCsv(Writer out) {
		this.out = out;
	}

	void header() {
		row(HEADER);
	}

	void project(PublicProject project) {
		row(List.of(project.title(), join(project.funders()), join(project.implementers()), join(project.partners()),
				join(project.initiatives()), join(project.pillars()), text(project.start()), text(project.end()),
				project.status().name(), (project.budgetEur() == null) ? ""
						: project.budgetEur().setScale(2, RoundingMode.HALF_UP).toPlainString()));
	}

	private void row(List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(cell(cells.get(i)));
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One field, neutralised and quoted as needed.
	 */
	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private static String join(List<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

	private static String text(@Nullable Object value) {
		return (value == null) ? "" : value.toString();
	}

}
