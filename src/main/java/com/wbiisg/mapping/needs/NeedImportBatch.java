package com.wbiisg.mapping.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rows of needs of one partner in one cycle to import at once (see
 * {@link NeedImports}).
 */
public record NeedImportBatch(long cycleId, String partner, List<Row> rows) {

	public NeedImportBatch {
		rows = List.copyOf(rows);
	}

	/**
	 * One need as a file gives it. Without {@code needId} it is a new need; with one it
	 * changes that need, whose {@code version} it was read at (or {@code null} to change
	 * whatever the need holds now). The measure of an existing need cannot change.
	 */
	public record Row(@Nullable Long needId, @Nullable Long version, @Nullable String measureCode,
			@Nullable String title, @Nullable String description, @Nullable NeedType type,
			@Nullable Perspective perspective, @Nullable Priority priority, @Nullable String institution,
			@Nullable BigDecimal estimatedCostEur, @Nullable Timeframe timeframe, @Nullable LocalDate timeframeStart,
			@Nullable LocalDate timeframeEnd, List<String> references, boolean restricted) {

		public Row {
			references = List.copyOf(references);
		}

	}

}
