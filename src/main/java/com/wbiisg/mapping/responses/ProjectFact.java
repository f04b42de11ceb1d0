package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What analysis and search keep of a project, whoever asks: its text, status, whether
 * funding has been committed, budget in EUR, funders and implementers (organisation ids),
 * beneficiaries, initiatives, pillars and period.
 */
public record ProjectFact(long id, String title, @Nullable String description, ProjectStatus status,
		boolean fundingCommitted, @Nullable BigDecimal budgetEur, List<Long> funders, List<Long> implementers,
		List<String> partners, List<String> initiatives, List<String> pillars, @Nullable LocalDate start,
		@Nullable LocalDate end, boolean publicListed) {
}
