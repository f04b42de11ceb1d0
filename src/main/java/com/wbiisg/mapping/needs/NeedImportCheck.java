package com.wbiisg.mapping.needs;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What importing a batch of needs does, or would do, with each of its rows, in the order
 * of the batch (see {@link NeedImports}).
 */
public record NeedImportCheck(List<RowResult> rows) {

	public NeedImportCheck {
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

		/** A new draft need. */
		CREATE,
		/** The need of the row's id changes. */
		UPDATE,
		/** The need of the row's id holds this content already. */
		UNCHANGED,
		/** The row has problems; the batch cannot be applied. */
		INVALID

	}

	/**
	 * @param outcome what happens to the row
	 * @param needId the need created or changed, once applied; the row's need otherwise
	 * @param problems what is wrong with the row, by field ({@code measureCode},
	 * {@code title}, … as in {@link NeedImportBatch.Row}); empty when it is fine
	 */
	public record RowResult(Outcome outcome, @Nullable Long needId, List<FieldProblem> problems) {

		public RowResult {
			problems = List.copyOf(problems);
		}

	}

}
