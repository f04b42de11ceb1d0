package com.wbiisg.mapping.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.analysis.CoverageLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportChartsTests {

	@Test
	void coverageBarHasASegmentForEachPartThatIsNotEmptyEachEndingWhereTheNextBegins() {
		for (int needs = 1; needs <= 60; needs++) {
			for (int covered = 0; covered <= needs; covered++) {
				for (int partial = 0; partial <= needs - covered; partial++) {
					int uncovered = needs - covered - partial;
					List<CoverageLevel> levels = new ArrayList<>();
					if (covered > 0) {
						levels.add(CoverageLevel.FULL);
					}
					if (partial > 0) {
						levels.add(CoverageLevel.PARTIAL);
					}
					if (uncovered > 0) {
						levels.add(CoverageLevel.NONE);
					}
					List<ReportCharts.Segment> segments = new ReportCharts.CoverageBar("Kosovo*", needs, covered,
							partial, uncovered)
						.segments();
					String name = "%d needs: %d / %d".formatted(needs, covered, partial);
					assertThat(segments).as(name).extracting(ReportCharts.Segment::level).isEqualTo(levels);
					assertThat(segments.get(0).left()).as(name).isEqualTo("0.00%");
					assertThat(segments.get(segments.size() - 1).right()).as(name).isEqualTo("0.00%");
					for (int i = 1; i < segments.size(); i++) {
						assertThat(percent(segments.get(i - 1).right()) + percent(segments.get(i).left())).as(name)
							.isCloseTo(100.0, within(1e-9));
					}
				}
			}
		}
	}

	@Test
	void coverageBarOfFourOneAndOneOfSixNeedsIsTwoThirdsASixthAndASixth() {
		ReportCharts.CoverageBar bar = new ReportCharts.CoverageBar("Kosovo*", 6, 4, 1, 1);
		assertThat(bar.segments()).containsExactly(new ReportCharts.Segment(CoverageLevel.FULL, "0.00%", "33.33%"),
				new ReportCharts.Segment(CoverageLevel.PARTIAL, "66.67%", "16.67%"),
				new ReportCharts.Segment(CoverageLevel.NONE, "83.33%", "0.00%"));
		assertThat(bar.segments().get(1).style()).isEqualTo("left: 66.67%; right: 16.67%");
	}

	@Test
	void coverageBarOfNoNeedsHasNoSegments() {
		assertThat(new ReportCharts.CoverageBar("Kosovo*", 0, 0, 0, 0).segments()).isEmpty();
	}

	private static double percent(String percent) {
		return Double.parseDouble(percent.replace("%", ""));
	}

}
