package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the analysis, in one place (the help page states them too).
 *
 * <ul>
 * <li>A project is <em>active</em> when its status is implementation or finalisation, or
 * pipeline with funding committed (an amount at the committed or disbursed stage). A link
 * is active when its project is.</li>
 * <li>A need is <em>covered</em> when at least one active link is full, <em>partially
 * covered</em> when it has only active partial links, <em>not covered</em>
 * otherwise.</li>
 * <li>A need is <em>overlapping</em> when two or more active projects linked to it come
 * from different funders (they share no funder) and their periods overlap; a period whose
 * start or end is unknown is open on that side.</li>
 * <li>Mapped funding of a need = Σ over its active links of share × project budget in
 * EUR, the share being the link's given share or its even part of what the given shares
 * leave; a project without a budget maps nothing.</li>
 * <li>Funding gap = estimated cost − mapped funding where the estimate is known, never
 * below zero.</li>
 * <li>For the roll-ups by funder and implementer, a link's mapped funding is split evenly
 * over the project's funders, and over its implementers.</li>
 * </ul>
 */
public final class CoverageCalculator {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private CoverageCalculator() {
	}

	public static boolean isActive(ProjectFact project) {
		return project.status() == ProjectStatus.IMPLEMENTATION || project.status() == ProjectStatus.FINALISATION
				|| (project.status() == ProjectStatus.PIPELINE && project.fundingCommitted());
	}

	/**
	 * The coverage of the need by its links, each with the project it belongs to.
	 */
	static NeedCoverage of(NeedFact need, List<Linked> links) {
		List<Linked> active = links.stream().filter((linked) -> isActive(linked.project())).toList();
		CoverageLevel level = active.stream().anyMatch((linked) -> linked.link().coverage() == Coverage.FULL)
				? CoverageLevel.FULL : active.isEmpty() ? CoverageLevel.NONE : CoverageLevel.PARTIAL;
		BigDecimal mapped = BigDecimal.ZERO;
		Map<Long, BigDecimal> byFunder = new HashMap<>();
		Map<Long, BigDecimal> byImplementer = new HashMap<>();
		for (Linked linked : active) {
			BigDecimal amount = mappedBy(linked);
			mapped = mapped.add(amount);
			split(amount, linked.project().funders(), byFunder);
			split(amount, linked.project().implementers(), byImplementer);
		}
		mapped = mapped.setScale(2, RoundingMode.HALF_UP);
		BigDecimal gap = (need.estimatedCostEur() == null) ? null
				: need.estimatedCostEur().subtract(mapped).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		return new NeedCoverage(level, mapped, gap, overlapping(active), active.size(), round(byFunder),
				round(byImplementer));
	}

	/**
	 * What one link maps to its need: its share of the project's budget in EUR.
	 */
	static BigDecimal mappedBy(Linked linked) {
		BigDecimal budget = linked.project().budgetEur();
		if (budget == null) {
			return BigDecimal.ZERO;
		}
		return budget.multiply(linked.link().effectiveSharePercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP);
	}

	private static boolean overlapping(List<Linked> active) {
		for (int i = 0; i < active.size(); i++) {
			for (int j = i + 1; j < active.size(); j++) {
				ProjectFact a = active.get(i).project();
				ProjectFact b = active.get(j).project();
				if (a.id() != b.id() && Collections.disjoint(a.funders(), b.funders()) && periodsOverlap(a, b)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean periodsOverlap(ProjectFact a, ProjectFact b) {
		return !after(a.start(), b.end()) && !after(b.start(), a.end());
	}

	/**
	 * Whether {@code start} lies after {@code end}; unknown dates never do.
	 */
	private static boolean after(@Nullable LocalDate start, @Nullable LocalDate end) {
		return start != null && end != null && start.isAfter(end);
	}

	private static void split(BigDecimal amount, List<Long> organisations, Map<Long, BigDecimal> into) {
		if (organisations.isEmpty() || amount.signum() == 0) {
			return;
		}
		BigDecimal part = amount.divide(BigDecimal.valueOf(organisations.size()), 6, RoundingMode.HALF_UP);
		organisations.forEach((organisation) -> into.merge(organisation, part, BigDecimal::add));
	}

	private static Map<Long, BigDecimal> round(Map<Long, BigDecimal> amounts) {
		Map<Long, BigDecimal> rounded = new HashMap<>();
		amounts.forEach((key, value) -> rounded.put(key, value.setScale(2, RoundingMode.HALF_UP)));
		return rounded;
	}

	/**
	 * A link to the need and the project it belongs to.
	 */
	record Linked(ProjectLinkView link, ProjectFact project) {
	}

	static List<Linked> join(List<ProjectLinkView> links, Map<Long, ProjectFact> projects) {
		List<Linked> joined = new ArrayList<>();
		for (ProjectLinkView link : links) {
			ProjectFact project = projects.get(link.projectId());
			if (project != null) {
				joined.add(new Linked(link, project));
			}
		}
		return joined;
	}

}
