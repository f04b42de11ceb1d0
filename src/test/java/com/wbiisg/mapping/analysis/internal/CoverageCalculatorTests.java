package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.internal.CoverageCalculator.Linked;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the analysis on hand-built cases.
 */
class CoverageCalculatorTests {

	private static final long EC = 1;

	private static final long AT = 2;

	private static final long SI = 3;

	private static final long GIZ = 10;

	@Test
	void countsOnlyImplementationFinalisationAndCommittedPipelineAsActive() {
		assertThat(CoverageCalculator.isActive(project(1, ProjectStatus.IMPLEMENTATION, false))).isTrue();
		assertThat(CoverageCalculator.isActive(project(1, ProjectStatus.FINALISATION, false))).isTrue();
		assertThat(CoverageCalculator.isActive(project(1, ProjectStatus.PIPELINE, true))).isTrue();
		assertThat(CoverageCalculator.isActive(project(1, ProjectStatus.PIPELINE, false))).isFalse();
		for (ProjectStatus status : List.of(ProjectStatus.CLOSED, ProjectStatus.CANCELLED, ProjectStatus.SUSPENDED)) {
			assertThat(CoverageCalculator.isActive(project(1, status, true))).as(status.name()).isFalse();
		}
	}

	@Test
	void coversANeedWithOneActiveFullLinkEvenBesidePartialOnes() {
		NeedCoverage coverage = CoverageCalculator.of(need(null),
				List.of(linked(Coverage.PARTIAL, "50", active(1, EC)), linked(Coverage.FULL, "10", active(2, AT))));
		assertThat(coverage.level()).isEqualTo(CoverageLevel.FULL);
		assertThat(coverage.activeProjects()).isEqualTo(2);
	}

	@Test
	void coversANeedOnlyPartlyWithActivePartialLinks() {
		assertThat(CoverageCalculator.of(need(null), List.of(linked(Coverage.PARTIAL, "50", active(1, EC)))).level())
			.isEqualTo(CoverageLevel.PARTIAL);
	}

	@Test
	void leavesANeedUncoveredByInactiveProjectsWhateverTheirLinks() {
		NeedCoverage coverage = CoverageCalculator.of(need(new BigDecimal("1000")),
				List.of(linked(Coverage.FULL, "100", project(1, ProjectStatus.CLOSED, true)),
						linked(Coverage.FULL, "100", project(2, ProjectStatus.PIPELINE, false))));
		assertThat(coverage.level()).isEqualTo(CoverageLevel.NONE);
		assertThat(coverage.mappedFundingEur()).isEqualByComparingTo("0");
		assertThat(coverage.fundingGapEur()).isEqualByComparingTo("1000");
		assertThat(coverage.activeProjects()).isZero();
		assertThat(CoverageCalculator.of(need(null), List.of()).level()).isEqualTo(CoverageLevel.NONE);
	}

	@Test
	void mapsTheSharesOfTheBudgetsInEur() {
		// 60% of 1,000,000 + 25% of 400,000
		NeedCoverage coverage = CoverageCalculator.of(need(new BigDecimal("900000")),
				List.of(linked(Coverage.FULL, "60", active(1, EC)),
						linked(Coverage.PARTIAL, "25", withBudget(active(2, AT), "400000"))));
		assertThat(coverage.mappedFundingEur()).isEqualByComparingTo("700000.00");
		assertThat(coverage.fundingGapEur()).isEqualByComparingTo("200000.00");
		assertThat(coverage.byFunder()).containsEntry(EC, new BigDecimal("600000.00"))
			.containsEntry(AT, new BigDecimal("100000.00"));
		assertThat(coverage.byImplementer()).containsEntry(GIZ, new BigDecimal("700000.00"));
	}

	@Test
	void neverReportsAGapBelowZeroNorOneWithoutAnEstimate() {
		assertThat(
				CoverageCalculator.of(need(new BigDecimal("100")), List.of(linked(Coverage.FULL, "100", active(1, EC))))
					.fundingGapEur())
			.isEqualByComparingTo("0");
		assertThat(
				CoverageCalculator.of(need(null), List.of(linked(Coverage.FULL, "100", active(1, EC)))).fundingGapEur())
			.isNull();
	}

	@Test
	void mapsNothingForAProjectWithoutABudget() {
		assertThat(
				CoverageCalculator.of(need(null), List.of(linked(Coverage.FULL, "50", withBudget(active(1, EC), null))))
					.mappedFundingEur())
			.isEqualByComparingTo("0");
	}

	@Test
	void splitsTheFundingOfAProjectWithTwoFundersEvenly() {
		ProjectFact cofunded = new ProjectFact(1, "Co-funded", null, ProjectStatus.IMPLEMENTATION, true,
				new BigDecimal("1000"), List.of(EC, AT), List.of(GIZ), List.of("MK"), List.of("WBCTi"), List.of("PRE"),
				null, null, true);
		NeedCoverage coverage = CoverageCalculator.of(need(null), List.of(linked(Coverage.FULL, "100", cofunded)));
		assertThat(coverage.byFunder()).containsEntry(EC, new BigDecimal("500.00"))
			.containsEntry(AT, new BigDecimal("500.00"));
	}

	@Test
	void findsAnOverlapBetweenDifferentFundersWithOverlappingPeriods() {
		ProjectFact first = period(active(1, EC), "2021-01-01", "2022-06-30");
		ProjectFact second = period(active(2, AT), "2022-06-30", "2023-12-31");
		assertThat(CoverageCalculator
			.of(need(null), List.of(linked(Coverage.PARTIAL, null, first), linked(Coverage.PARTIAL, null, second)))
			.overlapping()).isTrue();
	}

	@Test
	void findsNoOverlapBetweenDisjointPeriods() {
		ProjectFact first = period(active(1, EC), "2021-01-01", "2021-12-31");
		ProjectFact second = period(active(2, AT), "2022-01-01", "2022-12-31");
		assertThat(CoverageCalculator
			.of(need(null), List.of(linked(Coverage.FULL, null, first), linked(Coverage.FULL, null, second)))
			.overlapping()).isFalse();
	}

	@Test
	void findsNoOverlapBetweenTwoProjectsOfTheSameFunder() {
		ProjectFact first = period(active(1, SI), "2021-01-01", "2022-12-31");
		ProjectFact second = period(active(2, SI), "2021-06-01", "2022-12-31");
		assertThat(CoverageCalculator
			.of(need(null), List.of(linked(Coverage.FULL, null, first), linked(Coverage.FULL, null, second)))
			.overlapping()).isFalse();
	}

	@Test
	void treatsAnUnknownStartOrEndAsOpen() {
		ProjectFact openEnded = period(active(1, EC), "2021-01-01", null);
		ProjectFact later = period(active(2, AT), "2030-01-01", "2030-12-31");
		assertThat(CoverageCalculator.periodsOverlap(openEnded, later)).isTrue();
		assertThat(CoverageCalculator.periodsOverlap(period(active(3, EC), null, "2020-12-31"), later)).isFalse();
	}

	@Test
	void ignoresInactiveProjectsWhenLookingForOverlaps() {
		ProjectFact closed = period(project(1, ProjectStatus.CLOSED, true), "2021-01-01", "2022-12-31");
		ProjectFact running = period(active(2, AT), "2021-01-01", "2022-12-31");
		assertThat(CoverageCalculator
			.of(need(null), List.of(linked(Coverage.FULL, null, closed), linked(Coverage.FULL, null, running)))
			.overlapping()).isFalse();
	}

	private static NeedFact need(@Nullable BigDecimal estimate) {
		return new NeedFact(7, 1, "WBCTi", "PRE", "PRE.2", "PRE.2.1", "MK", "A need", null, Priority.HIGH,
				NeedStatus.VALIDATED, false, estimate);
	}

	private static ProjectFact active(long id, long funder) {
		return new ProjectFact(id, "Project " + id, null, ProjectStatus.IMPLEMENTATION, true, new BigDecimal("1000000"),
				List.of(funder), List.of(GIZ), List.of("MK"), List.of("WBCTi"), List.of("PRE"), null, null, true);
	}

	private static ProjectFact project(long id, ProjectStatus status, boolean committed) {
		return new ProjectFact(id, "Project " + id, null, status, committed, new BigDecimal("1000000"), List.of(EC),
				List.of(GIZ), List.of("MK"), List.of("WBCTi"), List.of("PRE"), null, null, true);
	}

	private static ProjectFact withBudget(ProjectFact p, @Nullable String budget) {
		return new ProjectFact(p.id(), p.title(), null, p.status(), p.fundingCommitted(),
				(budget == null) ? null : new BigDecimal(budget), p.funders(), p.implementers(), p.partners(),
				p.initiatives(), p.pillars(), p.start(), p.end(), true);
	}

	private static ProjectFact period(ProjectFact p, @Nullable String start, @Nullable String end) {
		return new ProjectFact(p.id(), p.title(), null, p.status(), p.fundingCommitted(), p.budgetEur(), p.funders(),
				p.implementers(), p.partners(), p.initiatives(), p.pillars(),
				(start == null) ? null : LocalDate.parse(start), (end == null) ? null : LocalDate.parse(end), true);
	}

	private static Linked linked(Coverage coverage, @Nullable String share, ProjectFact project) {
		BigDecimal given = (share == null) ? null : new BigDecimal(share);
		return new Linked(new ProjectLinkView(project.id(), 7, "MK", coverage, given,
				(given == null) ? new BigDecimal("100") : given, null, "test", Instant.EPOCH), project);
	}

}
