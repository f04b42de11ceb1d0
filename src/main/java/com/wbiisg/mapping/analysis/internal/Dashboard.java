package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.responses.ProjectFact;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the dashboard shows for a cycle and filter, in one read: the headline
 * figures, the partner × pillar heatmap, needs by status per partner, funding by funder,
 * pillar and partner, the uncovered high-priority needs and the overlaps the user may
 * see. Figures count every submitted need; lists hold only needs the user may see.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final int LIST_SIZE = 25;

	private static final List<String> PARTNERS = List.of("AL", "BA", "XK", "ME", "MK", "RS", "REG");

	private final AnalysisQueries queries;

	private final CoverageRepository coverage;

	private final Frameworks frameworks;

	Dashboard(AnalysisQueries queries, CoverageRepository coverage, Frameworks frameworks) {
		this.queries = queries;
		this.coverage = coverage;
		this.frameworks = frameworks;
	}

	public View view(CycleView cycle, AnalysisFilter filter) {
		AnalysisQueries.Matrix matrix = this.queries.coverage(filter, "partner,pillar");
		FrameworkTree tree = this.frameworks.tree(cycle.frameworkId());
		List<String> pillars = new ArrayList<>(tree.items()
			.stream()
			.filter((node) -> node.level() == ItemLevel.PILLAR)
			.map(FrameworkTree.Node::code)
			.toList());
		Set<String> partners = new LinkedHashSet<>();
		PARTNERS.stream()
			.filter((partner) -> matrix.cells().stream().anyMatch((cell) -> partner.equals(cell.keys().get("partner"))))
			.forEach(partners::add);
		matrix.cells().forEach((cell) -> partners.add(cell.keys().get("partner")));
		AnalysisQueries.FundingTable funding = this.queries.funding(filter, "funder,pillar,partner");
		List<AnalysedNeedView> uncovered = this.queries
			.needs(filter, CoverageLevel.NONE, Priority.HIGH, null, 0, LIST_SIZE)
			.getContent();
		long uncoveredTotal = this.queries.needs(filter, CoverageLevel.NONE, Priority.HIGH, null, 0, 1)
			.getTotalElements();
		List<AnalysisQueries.Overlap> overlaps = this.queries.overlaps(filter);
		return new View(matrix.totals(), List.copyOf(partners), pillars, matrix.byKey(),
				this.coverage.statusByPartner(filter), funding, uncovered, uncoveredTotal,
				overlaps.subList(0, Math.min(overlaps.size(), LIST_SIZE)), overlaps.size(),
				this.queries.organisationNames(), titles(tree));
	}

	/**
	 * A drill-down into one partner and pillar: figures per objective and per measure,
	 * and the needs the user may see, optionally only those of one coverage level.
	 */
	public Cell cell(CycleView cycle, AnalysisFilter filter, @Nullable CoverageLevel level) {
		AnalysisQueries.Matrix objectives = this.queries.coverage(filter, "objective");
		AnalysisQueries.Matrix measures = this.queries.coverage(filter, "measure");
		List<AnalysedNeedView> needs = this.queries.needs(filter, level, null, null, 0, 200).getContent();
		return new Cell(objectives, measures, needs, titles(this.frameworks.tree(cycle.frameworkId())));
	}

	private static Map<String, String> titles(FrameworkTree tree) {
		Map<String, String> titles = new HashMap<>();
		tree.flatten().forEach((node) -> titles.put(node.code(), node.title()));
		return titles;
	}

	/**
	 * The dashboard's content.
	 */
	public record View(Figures totals, List<String> partners, List<String> pillars, Map<String, Figures> heatmap,
			Map<String, Map<String, Long>> statusByPartner, AnalysisQueries.FundingTable funding,
			List<AnalysedNeedView> uncovered, long uncoveredTotal, List<AnalysisQueries.Overlap> overlaps,
			long overlapTotal, Map<Long, String> organisations, Map<String, String> titles) {

		public Figures cell(String partner, String pillar) {
			return this.heatmap.getOrDefault(partner + "|" + pillar, Figures.NONE);
		}

		public long status(String partner, NeedStatus status) {
			return this.statusByPartner.getOrDefault(partner, Map.of()).getOrDefault(status.name(), 0L);
		}

		/**
		 * The short names of the project's funders.
		 */
		public String funders(ProjectFact project) {
			return String.join(", ",
					project.funders()
						.stream()
						.map((id) -> this.organisations.getOrDefault(id, String.valueOf(id)))
						.toList());
		}

		public List<NeedStatus> statuses() {
			return List.of(NeedStatus.values());
		}

		public List<String> statusPartners() {
			List<String> ordered = new ArrayList<>(
					PARTNERS.stream().filter(this.statusByPartner::containsKey).toList());
			this.statusByPartner.keySet()
				.stream()
				.filter((partner) -> !ordered.contains(partner))
				.sorted(Comparator.naturalOrder())
				.forEach(ordered::add);
			return ordered;
		}

	}

	/**
	 * A drill-down's content.
	 */
	public record Cell(AnalysisQueries.Matrix objectives, AnalysisQueries.Matrix measures, List<AnalysedNeedView> needs,
			Map<String, String> titles) {
	}

}
