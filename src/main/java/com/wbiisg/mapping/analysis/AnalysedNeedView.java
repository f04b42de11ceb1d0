package com.wbiisg.mapping.analysis;

import java.math.BigDecimal;

import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Priority;
import org.jspecify.annotations.Nullable;

/**
 * A need with its coverage, mapped funding, gap and whether projects overlap on it.
 */
public record AnalysedNeedView(long id, long cycleId, String partner, String pillar, String objective,
		String measureCode, String title, Priority priority, NeedStatus status, boolean restricted,
		@Nullable BigDecimal estimatedCostEur, CoverageLevel coverage, BigDecimal mappedFundingEur,
		@Nullable BigDecimal fundingGapEur, boolean overlapping, int activeProjects) {
}
