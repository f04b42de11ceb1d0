package com.wbiisg.mapping.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.analysis.Figures;

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

		public String coveredWidth() {
			return share(this.covered);
		}

		public String partialWidth() {
			return share(this.partial);
		}

		public String uncoveredWidth() {
			return share(this.uncovered);
		}

		/**
		 * The share rounded down to a tenth of a percent, so that the three segments
		 * never add up to more than the bar and wrap onto a second line.
		 */
		private String share(long part) {
			double share = (this.needs == 0) ? 0 : (double) part / this.needs;
			return percent(Math.floor(share * 1000) / 1000);
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
