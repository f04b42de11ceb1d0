package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.CycleAnalysis;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Collects what a report draft keeps, from the modules that own it: the cycle's framework
 * tree, its submitted needs in full with their coverage (read as the Secretariat, who
 * sees every need), the projects linked to them (for a Response Mapping Report, the
 * projects of the initiative reported for the year) and the cycle's figures.
 */
@Component
class SnapshotBuilder {

	/**
	 * The order of the needs in a snapshot: partner, measure, id.
	 */
	private static final Comparator<ReportSnapshot.NeedRow> NEED_ORDER = Comparator
		.comparing(ReportSnapshot.NeedRow::partner)
		.thenComparing(ReportSnapshot.NeedRow::measureCode)
		.thenComparingLong(ReportSnapshot.NeedRow::id);

	private final Frameworks frameworks;

	private final Membership membership;

	private final Needs needs;

	private final CycleAnalysis analysis;

	private final ProjectFacts projects;

	SnapshotBuilder(Frameworks frameworks, Membership membership, Needs needs, CycleAnalysis analysis,
			ProjectFacts projects) {
		this.frameworks = frameworks;
		this.membership = membership;
		this.needs = needs;
		this.analysis = analysis;
		this.projects = projects;
	}

	ReportSnapshot build(ReportKind kind, CycleView cycle, @Nullable Integer year, int draftNumber, String by,
			Instant at) {
		List<ReportSnapshot.Item> framework = this.frameworks.tree(cycle.frameworkId())
			.flatten()
			.stream()
			.map((node) -> new ReportSnapshot.Item(node.code(), node.level().name(), node.title(), node.description()))
			.toList();
		List<ReportSnapshot.PartnerName> partners = this.membership.partners()
			.stream()
			.map((partner) -> new ReportSnapshot.PartnerName(partner.code(), partner.name()))
			.toList();
		Map<Long, NeedView> content = content(cycle.id());
		List<ReportSnapshot.NeedRow> needRows = new ArrayList<>();
		this.analysis.forEachNeed(cycle.id(), (analysed) -> {
			NeedView need = content.remove(analysed.id());
			if (need != null) {
				needRows.add(row(need, analysed));
			}
		});
		needRows.sort(NEED_ORDER);
		Map<Long, String> names = new HashMap<>();
		for (Organisation organisation : this.membership.organisations()) {
			names.put(organisation.id(), organisation.name());
		}
		List<ReportSnapshot.LinkRow> links = new ArrayList<>();
		Set<Long> projectIds = new LinkedHashSet<>();
		collectLinks(kind, cycle, year, needRows, links, projectIds);
		List<ReportSnapshot.ProjectRow> projectRows = new ArrayList<>();
		this.projects.forEachFact(projectIds, (project) -> projectRows.add(row(project, names)));
		projectRows.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
		List<ReportSnapshot.Cell> cells = new ArrayList<>();
		this.analysis.byPartnerAndPillar(cycle.id()).forEach((key, figures) -> {
			String[] parts = key.split("\\|");
			cells.add(new ReportSnapshot.Cell(parts[0], parts[1], figures));
		});
		List<ReportSnapshot.FundingRow> funding = this.analysis.fundingByFunderPillarAndPartner(cycle.id())
			.stream()
			.map((share) -> new ReportSnapshot.FundingRow(share.funder(), share.pillar(), share.partner(),
					share.amountEur()))
			.toList();
		Figures totals = this.analysis.totals(cycle.id());
		String initiativeName = this.frameworks.initiative(cycle.initiative())
			.map((initiative) -> initiative.name())
			.orElse(cycle.initiative());
		return new ReportSnapshot(kind, cycle.initiative(), initiativeName, cycle.id(), cycle.name(), year, draftNumber,
				at, by, framework, partners, needRows, projectRows, links, totals, cells, funding);
	}

	/**
	 * Every need of the cycle in full, read a batch at a time.
	 */
	private Map<Long, NeedView> content(long cycleId) {
		Map<Long, NeedView> content = new HashMap<>();
		this.needs.forEachVisible(NeedFilter.ofCycle(cycleId), (need) -> content.put(need.id(), need));
		return content;
	}

	private void collectLinks(ReportKind kind, CycleView cycle, @Nullable Integer year,
			List<ReportSnapshot.NeedRow> needRows, List<ReportSnapshot.LinkRow> links, Set<Long> projectIds) {
		Set<Long> reported = (kind == ReportKind.RESPONSE_MAPPING && year != null)
				? new LinkedHashSet<>(this.projects.reportedFor(cycle.initiative(), year)) : null;
		if (reported != null) {
			projectIds.addAll(reported);
		}
		List<Long> needIds = needRows.stream().map(ReportSnapshot.NeedRow::id).toList();
		this.projects.forEachLinkOfNeeds(needIds, (link) -> {
			if (reported == null || reported.contains(link.projectId())) {
				links.add(new ReportSnapshot.LinkRow(link.projectId(), link.needId(), link.coverage().name(),
						link.effectiveSharePercent()));
				projectIds.add(link.projectId());
			}
		});
		links.sort(Comparator.comparingLong(ReportSnapshot.LinkRow::needId)
			.thenComparingLong(ReportSnapshot.LinkRow::projectId));
	}

	private static ReportSnapshot.NeedRow row(NeedView need, AnalysedNeedView analysed) {
		return new ReportSnapshot.NeedRow(need.id(), need.partner(), need.pillar(), need.objective(),
				need.measureCode(), need.title(), need.description(), need.type().name(), need.perspective().name(),
				need.priority().name(), need.institution(), need.estimatedCostEur(),
				(need.timeframe() == null) ? null : need.timeframe().name(), need.status().name(), need.restricted(),
				analysed.coverage().name(), analysed.mappedFundingEur(), analysed.fundingGapEur(),
				analysed.overlapping());
	}

	private static ReportSnapshot.ProjectRow row(ProjectFact project, Map<Long, String> names) {
		return new ReportSnapshot.ProjectRow(project.id(), project.title(),
				project.funders().stream().map((id) -> names.getOrDefault(id, String.valueOf(id))).toList(),
				project.implementers().stream().map((id) -> names.getOrDefault(id, String.valueOf(id))).toList(),
				project.partners(), project.initiatives(), project.pillars(), project.start(), project.end(),
				project.status().name(), project.budgetEur(), project.publicListed());
	}

}
