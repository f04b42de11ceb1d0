package com.wbiisg.mapping.reporting.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTests {

	@Test
	void coverageBarSegmentsNeverAddUpToMoreThanTheBar() {
		for (int needs = 1; needs <= 60; needs++) {
			for (int covered = 0; covered <= needs; covered++) {
				for (int partial = 0; partial <= needs - covered; partial++) {
					ReportCharts.CoverageBar bar = new ReportCharts.CoverageBar("Kosovo*", needs, covered, partial,
							needs - covered - partial);
					assertThat(width(bar.coveredWidth()) + width(bar.partialWidth()) + width(bar.uncoveredWidth()))
						.as("%d needs: %d / %d", needs, covered, partial)
						.isLessThanOrEqualTo(100.0);
				}
			}
		}
	}

	@Test
	void coverageBarOfFourOfSixNeedsIsTwoThirdsWide() {
		ReportCharts.CoverageBar bar = new ReportCharts.CoverageBar("Kosovo*", 6, 4, 1, 1);
		assertThat(bar.coveredWidth()).isEqualTo("66.6%");
		assertThat(bar.partialWidth()).isEqualTo("16.6%");
	}

	private static double width(String percent) {
		return Double.parseDouble(percent.replace("%", ""));
	}

}
