package com.wbiisg.mapping.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wbiisg.mapping.analysis.internal.AnalysisGeneration;
import com.wbiisg.mapping.analysis.internal.CoverageRepository;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.responses.ProjectFact;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything the dashboard shows for a cycle and filter, in one read: the headline
 * figures, the partner × pillar heatmap, needs by status per partner, funding by funder,
 * pillar and partner, the uncovered high-priority needs and the overlaps the user may
 * see. Figures count every submitted need; lists hold only needs the user may see.
 */
@Service
public class Dashboard {

	static final int LIST_SIZE = 25;

	private static final List<String> PARTNERS = List.of("AL", "BA", "XK", "ME", "MK", "RS", "REG");

	private final AnalysisQueries queries;

	private final CoverageRepository coverage;

	private final Frameworks frameworks;

	private final NeedFacts needs;

	private final AnalysisGeneration generation;

	/**
	 * Views by filter and audience, valid while the read model stays at their generation:
	 * the figures are the same for everyone, the lists depend only on which needs the
	 * reader may see.
	 */
	private final Cache<Key, Cached> cache = Caffeine.newBuilder().maximumSize(500).build();

	private final TransactionTemplate reads;

	Dashboard(AnalysisQueries queries, CoverageRepository coverage, Frameworks frameworks, NeedFacts needs,
			AnalysisGeneration generation, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.coverage = coverage;
		this.frameworks = frameworks;
		this.needs = needs;
		this.generation = generation;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * The view, from the cache while the read model has not changed: a request served
	 * from it needs no database connection.
	 */
	public View view(CycleView cycle, AnalysisFilter filter) {
		long current = this.generation.current();
		Key key = new Key(cycle.id(), filter, this.needs.audienceOfCurrentUser());
		Cached cached = this.cache.getIfPresent(key);
		if (cached != null && cached.generation() == current) {
			return cached.view();
		}
		View view = this.reads.execute((status) -> compute(cycle, filter));
		this.cache.put(key, new Cached(current, view));
		return view;
	}

	private View compute(CycleView cycle, AnalysisFilter filter) {
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
		Page<AnalysedNeedView> uncovered = this.queries.needs(filter, CoverageLevel.NONE, Priority.HIGH, null, 0,
				LIST_SIZE);
		Page<AnalysisQueries.Overlap> overlaps = this.queries.overlaps(filter, 0, LIST_SIZE);
		return new View(matrix.totals(), List.copyOf(partners), pillars, matrix.byKey(),
				this.coverage.statusByPartner(filter), funding, uncovered.getContent(), uncovered.getTotalElements(),
				overlaps.getContent(), overlaps.getTotalElements(), this.queries.organisationNames(), titles(tree));
	}

	/**
	 * A drill-down into one partner and pillar: figures per objective and per measure,
	 * and the needs the user may see, optionally only those of one coverage level.
	 */
	@Transactional(readOnly = true)
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

	private record Key(long cycle, AnalysisFilter filter, NeedAudience audience) {
	}

	private record Cached(long generation, View view) {
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
