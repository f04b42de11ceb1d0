package com.wbiisg.mapping.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two drafts of a report, from the older to the newer, as one reader
 * may see it: the needs added, removed and changed field by field, the needs whose
 * coverage changed, the figures that moved (totals and partner × pillar cells) and the
 * projects added and removed. Needs the reader may not see are in no list; their changes
 * show only in the figures.
 */
public record ReportDiff(Draft from, Draft to, List<ReportSnapshot.NeedRow> needsAdded,
		List<ReportSnapshot.NeedRow> needsRemoved, List<NeedChange> needsChanged, List<CoverageChange> coverage,
		List<FigureChange> totals, List<CellChange> cells, List<ReportSnapshot.ProjectRow> projectsAdded,
		List<ReportSnapshot.ProjectRow> projectsRemoved) {

	/**
	 * One of the two drafts compared.
	 */
	public record Draft(long id, int draftNumber, ReportStatus status, Instant generatedAt) {
	}

	/**
	 * A need in both drafts whose fields differ.
	 */
	public record NeedChange(long id, String partner, String measureCode, String title, List<FieldChange> fields) {
	}

	/**
	 * One field of a need, before and after, as text.
	 */
	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * A need in both drafts whose coverage changed.
	 */
	public record CoverageChange(long id, String partner, String title, String before, String after) {
	}

	/**
	 * A figure of the totals that moved.
	 */
	public record FigureChange(String figure, Number before, Number after) {
	}

	/**
	 * A figure of one partner and pillar that moved.
	 */
	public record CellChange(String partner, String pillar, String figure, Number before, Number after) {
	}

	public boolean isEmpty() {
		return this.needsAdded.isEmpty() && this.needsRemoved.isEmpty() && this.needsChanged.isEmpty()
				&& this.coverage.isEmpty() && this.totals.isEmpty() && this.cells.isEmpty()
				&& this.projectsAdded.isEmpty() && this.projectsRemoved.isEmpty();
	}

}
