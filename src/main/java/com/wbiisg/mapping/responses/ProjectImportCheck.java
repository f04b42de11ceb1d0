package com.wbiisg.mapping.responses;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What importing rows of projects does, or would do, with each row, in the order given
 * (see {@link ProjectImports}).
 */
public record ProjectImportCheck(List<RowResult> rows) {

	public ProjectImportCheck {
		rows = List.copyOf(rows);
	}

	public long count(Outcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public boolean hasProblems() {
		return this.rows.stream().anyMatch((row) -> !row.problems().isEmpty());
	}

	/**
	 * What happens to one row.
	 */
	public enum Outcome {

		/** A new project is registered. */
		CREATE,
		/** The matched project changes, or gets new links. */
		UPDATE,
		/** The matched project holds this already. */
		UNCHANGED,
		/** The row has problems. */
		INVALID

	}

	/**
	 * @param outcome what happens to the row
	 * @param projectId the project created or changed once applied, the matched one
	 * otherwise
	 * @param newLinks how many links to needs the row adds
	 * @param problems what is wrong, by field ({@code title}, {@code organisations},
	 * {@code links[0].needId}, … as in {@link ProjectImportRow})
	 */
	public record RowResult(Outcome outcome, @Nullable Long projectId, int newLinks, List<FieldProblem> problems) {

		public RowResult {
			problems = List.copyOf(problems);
		}

	}

}
