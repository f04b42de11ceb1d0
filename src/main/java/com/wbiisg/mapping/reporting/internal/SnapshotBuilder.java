package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Collects what a report draft keeps, from the modules that own it: the cycle's framework
 * tree, its submitted needs in full with their coverage (read as the Secretariat, who
 * sees every need), the projects linked to them (for a Response Mapping Report, the
 * projects of the initiative reported for the year) and the cycle's figures.
 */
@Component
class SnapshotBuilder implements DisposableBean {

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

	/**
	 * Reads the needs' content beside the thread that takes the snapshot; one at a time,
	 * as drafts are generated seldom.
	 */
	private final ThreadPoolTaskExecutor readers = new ThreadPoolTaskExecutor();

	SnapshotBuilder(Frameworks frameworks, Membership membership, Needs needs, CycleAnalysis analysis,
			ProjectFacts projects) {
		this.frameworks = frameworks;
		this.membership = membership;
		this.needs = needs;
		this.analysis = analysis;
		this.projects = projects;
		this.readers.setCorePoolSize(1);
		this.readers.setMaxPoolSize(1);
		this.readers.setThreadNamePrefix("report-snapshot-");
		this.readers.setDaemon(true);
		this.readers.initialize();
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
		CompletableFuture<Map<Long, NeedView>> reading = content(cycle.id());
		List<AnalysedNeedView> analysed = new ArrayList<>();
		this.analysis.forEachNeed(cycle.id(), analysed::add);
		List<Long> inScope = analysed.stream().map(AnalysedNeedView::id).toList();
		List<ReportSnapshot.LinkRow> links = new ArrayList<>();
		Set<Long> projectIds = new LinkedHashSet<>();
		Set<Long> reported = collectLinks(kind, cycle, year, inScope, links, projectIds);
		Map<Long, String> names = new HashMap<>();
		for (Organisation organisation : this.membership.organisations()) {
			names.put(organisation.id(), organisation.name());
		}
		List<ReportSnapshot.ProjectRow> projectRows = new ArrayList<>();
		this.projects.forEachFact(projectIds, (project) -> projectRows.add(row(project, names)));
		projectRows.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
		Map<Long, NeedView> content = joined(reading);
		List<ReportSnapshot.NeedRow> needRows = new ArrayList<>();
		Set<Long> listed = new HashSet<>();
		for (AnalysedNeedView need : analysed) {
			NeedView view = content.get(need.id());
			if (view != null) {
				needRows.add(row(view, need));
				listed.add(need.id());
			}
		}
		if (listed.size() < inScope.size()) {
			// A need analysed but not read in full (submitted meanwhile, or not visible
			// to
			// the reader; none for the Secretariat) is left out with its links and the
			// projects only they brought in.
			links.removeIf((link) -> !listed.contains(link.needId()));
			Set<Long> kept = new HashSet<>(reported);
			links.forEach((link) -> kept.add(link.projectId()));
			projectRows.removeIf((project) -> !kept.contains(project.id()));
		}
		needRows.sort(NEED_ORDER);
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
	 * Every need of the cycle in full, read a batch at a time on a thread of its own (as
	 * the current user, in a read-only transaction of its own) while this one reads the
	 * analysis, the links and the projects, so that the two reads share the two cores
	 * instead of following each other.
	 */
	private CompletableFuture<Map<Long, NeedView>> content(long cycleId) {
		SecurityContext reader = SecurityContextHolder.getContext();
		return CompletableFuture.supplyAsync(() -> {
			SecurityContextHolder.setContext(reader);
			try {
				Map<Long, NeedView> content = new HashMap<>();
				this.needs.forEachVisible(NeedFilter.ofCycle(cycleId), (need) -> content.put(need.id(), need));
				return content;
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}, this.readers);
	}

	private static <T> T joined(CompletableFuture<T> reading) {
		try {
			return reading.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	@Override
	public void destroy() {
		this.readers.shutdown();
	}

	/**
	 * Collects the links of the needs and their projects and answers the projects
	 * reported for the year, which a Response Mapping Report lists linked or not.
	 */
	private Set<Long> collectLinks(ReportKind kind, CycleView cycle, @Nullable Integer year, List<Long> needIds,
			List<ReportSnapshot.LinkRow> links, Set<Long> projectIds) {
		Set<Long> reported = (kind == ReportKind.RESPONSE_MAPPING && year != null)
				? new LinkedHashSet<>(this.projects.reportedFor(cycle.initiative(), year)) : null;
		if (reported != null) {
			projectIds.addAll(reported);
		}
		this.projects.forEachLinkOfNeeds(needIds, (link) -> {
			if (reported == null || reported.contains(link.projectId())) {
				links.add(new ReportSnapshot.LinkRow(link.projectId(), link.needId(), link.coverage().name(),
						link.effectiveSharePercent()));
				projectIds.add(link.projectId());
			}
		});
		links.sort(Comparator.comparingLong(ReportSnapshot.LinkRow::needId)
			.thenComparingLong(ReportSnapshot.LinkRow::projectId));
		return (reported != null) ? reported : Set.of();
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
