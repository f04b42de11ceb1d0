package com.wbiisg.mapping.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportDiff;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison of two snapshots as a pure function: what differs and nothing else.
 */
class ReportDiffsTests {

	private static final ReportDiff.Draft FIRST = new ReportDiff.Draft(1, 1, ReportStatus.DRAFT, Instant.EPOCH);

	private static final ReportDiff.Draft SECOND = new ReportDiff.Draft(2, 2, ReportStatus.DRAFT, Instant.EPOCH);

	@Test
	void findsNothingBetweenEqualSnapshotsWhateverTheScaleOfTheirAmounts() {
		ReportSnapshot before = snapshot(List.of(need(7, "Title", "120000", "NONE")), figures(1, "120000"));
		ReportSnapshot after = snapshot(List.of(need(7, "Title", "120000.00", "NONE")), figures(1, "120000.00"));
		assertThat(ReportDiffs.between(FIRST, before, SECOND, after).isEmpty()).isTrue();
	}

	@Test
	void listsAddedRemovedAndChangedNeedsFieldByField() {
		ReportSnapshot before = snapshot(List.of(need(7, "Title", "120000", "NONE"), need(8, "Gone", null, "NONE")),
				figures(2, "120000"));
		ReportSnapshot after = snapshot(List.of(need(7, "New title", "90000", "FULL"), need(9, "New", null, "NONE")),
				figures(2, "90000"));
		ReportDiff diff = ReportDiffs.between(FIRST, before, SECOND, after);
		assertThat(diff.needsAdded()).extracting(ReportSnapshot.NeedRow::id).containsExactly(9L);
		assertThat(diff.needsRemoved()).extracting(ReportSnapshot.NeedRow::id).containsExactly(8L);
		assertThat(diff.needsChanged()).singleElement()
			.satisfies((change) -> assertThat(change.fields()).extracting(ReportDiff.FieldChange::field)
				.containsExactly("title", "estimatedCostEur", "coverage"));
		assertThat(diff.coverage()).singleElement()
			.satisfies((change) -> assertThat(change.before() + "→" + change.after()).isEqualTo("NONE→FULL"));
		assertThat(diff.totals()).extracting(ReportDiff.FigureChange::figure).containsExactly("estimatedCostEur");
		assertThat(diff.cells()).extracting(ReportDiff.CellChange::figure).containsExactly("estimatedCostEur");
	}

	private static ReportSnapshot.NeedRow need(long id, String title, String cost, String coverage) {
		return new ReportSnapshot.NeedRow(id, "MK", "PRE", "PRE.2", "PRE.2.1", title, null, "OPERATIONAL", "PREVENTION",
				"HIGH", null, (cost == null) ? null : new BigDecimal(cost), null, "SUBMITTED", false, coverage,
				BigDecimal.ZERO, null, false);
	}

	private static Figures figures(long needs, String cost) {
		return new Figures(needs, 0, 0, needs, 0, new BigDecimal(cost), BigDecimal.ZERO, BigDecimal.ZERO);
	}

	private static ReportSnapshot snapshot(List<ReportSnapshot.NeedRow> needs, Figures totals) {
		return new ReportSnapshot(ReportKind.NEEDS_MAPPING, "WBCTi", "WBCTi", 1, "WBCTi 2021\u20132022", null, 1,
				Instant.EPOCH, "secretariat", List.of(), List.of(), needs, List.of(), List.of(), totals,
				List.of(new ReportSnapshot.Cell("MK", "PRE", totals)), List.of());
	}

}
