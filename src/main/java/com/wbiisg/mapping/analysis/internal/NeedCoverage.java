package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.util.Map;

import com.wbiisg.mapping.analysis.CoverageLevel;
import org.jspecify.annotations.Nullable;

/**
 * The coverage of one need as {@link CoverageCalculator} computes it, with its mapped
 * funding split over the funders and the implementers of its active projects
 * (organisation id to EUR).
 */
record NeedCoverage(CoverageLevel level, BigDecimal mappedFundingEur, @Nullable BigDecimal fundingGapEur,
		boolean overlapping, int activeProjects, Map<Long, BigDecimal> byFunder, Map<Long, BigDecimal> byImplementer) {
}
