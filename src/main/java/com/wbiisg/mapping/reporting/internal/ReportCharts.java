package com.wbiisg.mapping.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportSnapshot;

/**
 * The charts of a report file, drawn as bars from the figures of the whole snapshot: the
 * coverage of each partner's needs (covered, partly covered, not covered) and the mapped
 * funding by funder and by partner. Bars beyond the limit are summed in one last bar.
 *
 * @param coverage one bar per partner with figures, in the order of the registry
 * @param fundingByFunder one bar per funder, largest first
 * @param fundingByPartner one bar per partner, in the order of the registry
 */
public record ReportCharts(List<CoverageBar> coverage, List<AmountBar> fundingByFunder,
		List<AmountBar> fundingByPartner) {

	static ReportCharts of(ReportChapters chapters, int maxBars) {
		List<CoverageBar> coverage = new ArrayList<>();
		for (ReportSnapshot.PartnerName partner : chapters.partnersWithFigures()) {
			long needs = 0;
			long covered = 0;
			long partial = 0;
			long uncovered = 0;
			for (var cell : chapters.cells().entrySet()) {
				if (cell.getKey().startsWith(partner.code() + "|")) {
					Figures figures = cell.getValue();
					needs += figures.needs();
					covered += figures.covered();
					partial += figures.partial();
					uncovered += figures.uncovered();
				}
			}
			coverage.add(new CoverageBar(partner.name(), needs, covered, partial, uncovered));
		}
		List<ReportChapters.Amount> byPartner = chapters.fundingByPartner()
			.stream()
			.map((amount) -> new ReportChapters.Amount(chapters.partnerName(amount.key()), amount.amountEur()))
			.toList();
		return new ReportCharts(coverage, bars(chapters.fundingByFunder(), maxBars), bars(byPartner, maxBars));
	}

	private static List<AmountBar> bars(List<ReportChapters.Amount> amounts, int maxBars) {
		int shown = (amounts.size() <= maxBars) ? amounts.size() : maxBars - 1;
		BigDecimal others = BigDecimal.ZERO;
		for (ReportChapters.Amount amount : amounts.subList(shown, amounts.size())) {
			others = others.add(amount.amountEur());
		}
		BigDecimal max = others;
		for (ReportChapters.Amount amount : amounts.subList(0, shown)) {
			max = max.max(amount.amountEur());
		}
		List<AmountBar> bars = new ArrayList<>();
		for (ReportChapters.Amount amount : amounts.subList(0, shown)) {
			bars.add(new AmountBar(amount.key(), amount.amountEur(), width(amount.amountEur(), max), 0));
		}
		if (shown < amounts.size()) {
			bars.add(new AmountBar("", others, width(others, max), amounts.size() - shown));
		}
		return bars;
	}

	private static String width(BigDecimal amount, BigDecimal max) {
		double share = (max.signum() == 0) ? 0 : amount.doubleValue() / max.doubleValue();
		return percent(share);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * Math.max(0, Math.min(1, share)));
	}

	/**
	 * A partner's needs as one bar split in covered, partly covered and not covered.
	 */
	public record CoverageBar(String name, long needs, long covered, long partial, long uncovered) {

		/**
		 * The segments of the bar that are not empty, covered first, each placed by the
		 * distance of its edges from the bar's edges rather than by its width: the right
		 * edge of a segment and the left edge of the next are the same share of the
		 * needs, the first starts at the bar's left edge and the last ends at its right
		 * edge, so the segments fill the bar exactly. Floats whose widths add up to 100%
		 * could add up to more than the bar, since the renderer turns each width into its
		 * own units, and wrap onto a second line.
		 */
		public List<Segment> segments() {
			CoverageLevel[] levels = { CoverageLevel.FULL, CoverageLevel.PARTIAL, CoverageLevel.NONE };
			long[] parts = { this.covered, this.partial, this.uncovered };
			long total = this.covered + this.partial + this.uncovered;
			List<Segment> segments = new ArrayList<>();
			long before = 0;
			for (int i = 0; i < parts.length; i++) {
				if (parts[i] > 0) {
					long after = before + parts[i];
					segments.add(new Segment(levels[i], hundredths(basisPoints(before, total)),
							hundredths(10000 - basisPoints(after, total))));
					before = after;
				}
			}
			return segments;
		}

		/**
		 * The share of the first needs of the bar in hundredths of a percent.
		 */
		private static long basisPoints(long needs, long total) {
			return Math.round(10000.0 * needs / total);
		}

		private static String hundredths(long basisPoints) {
			return String.format(Locale.ROOT, "%d.%02d%%", basisPoints / 100, basisPoints % 100);
		}

	}

	/**
	 * A segment of a coverage bar, placed by the distance of its edges from the bar's
	 * edges in percent of the bar's width.
	 *
	 * @param level the coverage of the segment's needs
	 * @param left from the bar's left edge to the segment's, such as {@code 66.67%}
	 * @param right from the segment's right edge to the bar's, such as {@code 0.00%}
	 */
	public record Segment(CoverageLevel level, String left, String right) {

		public String style() {
			return "left: " + this.left + "; right: " + this.right;
		}

	}

	/**
	 * An amount as a bar as wide as its share of the largest amount of the chart.
	 *
	 * @param name what the amount is of; empty for the bar of the others
	 * @param amountEur the amount
	 * @param width the width of the bar, such as {@code 42.5%}
	 * @param others how many amounts the bar sums; 0 for a bar of its own
	 */
	public record AmountBar(String name, BigDecimal amountEur, String width, int others) {
	}

}
