package com.wbiisg.mapping.analysis;

import java.math.BigDecimal;

/**
 * The figures of a group of needs: how many, how covered, how many overlapping, and their
 * estimated cost, mapped funding and funding gap in EUR.
 */
public record Figures(long needs, long covered, long partial, long uncovered, long overlapping,
		BigDecimal estimatedCostEur, BigDecimal mappedFundingEur, BigDecimal fundingGapEur) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	/**
	 * The share of needs covered, partly covered and not covered, in percent.
	 */
	public double coveredPercent() {
		return percent(this.covered);
	}

	public double partialPercent() {
		return percent(this.partial);
	}

	public double uncoveredPercent() {
		return percent(this.uncovered);
	}

	private double percent(long part) {
		return (this.needs == 0) ? 0 : Math.round(1000.0 * part / this.needs) / 10.0;
	}

}
