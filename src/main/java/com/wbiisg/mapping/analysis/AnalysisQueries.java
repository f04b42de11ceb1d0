package com.wbiisg.mapping.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wbiisg.mapping.analysis.internal.AnalysedNeed;
import com.wbiisg.mapping.analysis.internal.AnalysedNeedRepository;
import com.wbiisg.mapping.analysis.internal.CoverageCalculator;
import com.wbiisg.mapping.analysis.internal.CoverageRepository;
import com.wbiisg.mapping.analysis.internal.Dimension;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the analysis for the current user: figures rolled up by the dimensions asked for,
 * in which every submitted need counts; and lists of needs and overlaps, which hold only
 * the needs the user may see.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisQueries {

	static final List<Dimension> COVERAGE_DIMENSIONS = List.of(Dimension.INITIATIVE, Dimension.PARTNER,
			Dimension.PILLAR, Dimension.OBJECTIVE, Dimension.MEASURE);

	static final List<Dimension> FUNDING_DIMENSIONS = List.of(Dimension.FUNDER, Dimension.IMPLEMENTER,
			Dimension.PARTNER, Dimension.PILLAR, Dimension.OBJECTIVE, Dimension.MEASURE);

	private static final Sort NEED_ORDER = Sort.by("partner", "measure", "needId");

	private final CoverageRepository coverage;

	private final AnalysedNeedRepository analysed;

	private final NeedFacts needs;

	private final ProjectFacts projects;

	private final Membership membership;

	AnalysisQueries(CoverageRepository coverage, AnalysedNeedRepository analysed, NeedFacts needs,
			ProjectFacts projects, Membership membership) {
		this.coverage = coverage;
		this.analysed = analysed;
		this.needs = needs;
		this.projects = projects;
		this.membership = membership;
	}

	/**
	 * The figures per cell of the dimensions named in {@code by}, and their totals.
	 */
	public Matrix coverage(AnalysisFilter filter, String by) {
		List<Dimension> dimensions = Dimension.parse(by, COVERAGE_DIMENSIONS);
		List<Cell> cells = new ArrayList<>();
		this.coverage.figures(filter, dimensions)
			.forEach((key, figures) -> cells.add(new Cell(keys(dimensions, key), figures)));
		Figures totals = this.coverage.figures(filter, List.of()).values().stream().findFirst().orElse(Figures.NONE);
		return new Matrix(dimensions.stream().map(Dimension::key).toList(), cells, totals);
	}

	/**
	 * Mapped funding per group of the dimensions named in {@code by}: one of them a
	 * funder or an implementer, named by short name.
	 */
	public FundingTable funding(AnalysisFilter filter, String by) {
		List<Dimension> dimensions = Dimension.parse(by, FUNDING_DIMENSIONS);
		if (dimensions.contains(Dimension.FUNDER) == dimensions.contains(Dimension.IMPLEMENTER)) {
			throw new InvalidInputException("by", UserText.of("analysis.dimensions.funding"));
		}
		Map<Long, String> names = this.membership.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::shortName));
		List<FundingRow> rows = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<List<String>, BigDecimal> entry : this.coverage.funding(filter, dimensions).entrySet()) {
			Map<String, String> keys = keys(dimensions, entry.getKey());
			dimensions.stream()
				.filter(Dimension::isOrganisation)
				.forEach((dimension) -> keys.computeIfPresent(dimension.key(),
						(key, id) -> names.getOrDefault(Long.parseLong(id), id)));
			rows.add(new FundingRow(keys, entry.getValue()));
			total = total.add(entry.getValue());
		}
		return new FundingTable(dimensions.stream().map(Dimension::key).toList(), rows, total);
	}

	/**
	 * The needs of the filter that the user may see, with their coverage.
	 */
	public Page<AnalysedNeedView> needs(AnalysisFilter filter, @Nullable CoverageLevel level,
			@Nullable Priority priority, @Nullable Boolean overlapping, int page, int size) {
		return this.analysed
			.findAll(visible().and(matching(filter, level, priority, overlapping)),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), NEED_ORDER))
			.map(AnalysedNeed::toView);
	}

	/**
	 * One page of the overlapping needs the user may see, each with its active projects.
	 */
	public Page<Overlap> overlaps(AnalysisFilter filter, int page, int size) {
		Page<AnalysedNeed> found = this.analysed.findAll(visible().and(matching(filter, null, null, true)),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), NEED_ORDER));
		return new PageImpl<>(withProjects(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * Every overlapping need the user may see, each with its active projects, read a page
	 * at a time.
	 */
	public List<Overlap> overlaps(AnalysisFilter filter) {
		List<Overlap> all = new ArrayList<>();
		int page = 0;
		Page<Overlap> batch;
		do {
			batch = overlaps(filter, page++, 500);
			all.addAll(batch.getContent());
		}
		while (batch.hasNext());
		return all;
	}

	private List<Overlap> withProjects(List<AnalysedNeed> overlapping) {
		Map<Long, List<ProjectLinkView>> links = this.projects
			.linksOfNeeds(overlapping.stream().map(AnalysedNeed::getNeedId).toList());
		Map<Long, ProjectFact> facts = this.projects
			.facts(links.values().stream().flatMap(List::stream).map(ProjectLinkView::projectId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ProjectFact::id, (fact) -> fact));
		List<Overlap> overlaps = new ArrayList<>();
		for (AnalysedNeed need : overlapping) {
			List<ProjectFact> active = links.getOrDefault(need.getNeedId(), List.of())
				.stream()
				.map((link) -> facts.get(link.projectId()))
				.filter((fact) -> fact != null && CoverageCalculator.isActive(fact))
				.toList();
			overlaps.add(new Overlap(need.toView(), active));
		}
		return overlaps;
	}

	/**
	 * Needs per partner and status, drafts included (counts only).
	 */
	public Map<String, Map<String, Long>> statusByPartner(AnalysisFilter filter) {
		return this.coverage.statusByPartner(filter);
	}

	/**
	 * Organisation short names by id, for showing funders and implementers.
	 */
	public Map<Long, String> organisationNames() {
		return this.membership.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::shortName));
	}

	private Specification<AnalysedNeed> visible() {
		NeedAudience audience = this.needs.audienceOfCurrentUser();
		return (root, query, cb) -> audience.predicate(cb, root.get("initiative"), root.get("pillar"),
				root.get("partner"), root.get("status"), root.get("restricted"));
	}

	private static Specification<AnalysedNeed> matching(AnalysisFilter filter, @Nullable CoverageLevel level,
			@Nullable Priority priority, @Nullable Boolean overlapping) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(cb.equal(root.get("cycleId"), filter.cycle()));
			all.add(root.get("status").in(NeedAudience.UNSUBMITTED).not());
			if (filter.partner() != null) {
				all.add(cb.equal(root.get("partner"), filter.partner()));
			}
			if (filter.pillar() != null) {
				all.add(cb.equal(root.get("pillar"), filter.pillar()));
			}
			if (filter.objective() != null) {
				all.add(cb.equal(root.get("objective"), filter.objective()));
			}
			if (level != null) {
				all.add(cb.equal(root.get("coverage"), level));
			}
			if (priority != null) {
				all.add(cb.equal(root.get("priority"), priority));
			}
			if (overlapping != null) {
				all.add(cb.equal(root.get("overlapping"), overlapping));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static Map<String, String> keys(List<Dimension> dimensions, List<String> values) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (int i = 0; i < dimensions.size(); i++) {
			keys.put(dimensions.get(i).key(), values.get(i));
		}
		return keys;
	}

	/**
	 * The figures per cell and in total.
	 */
	public record Matrix(List<String> by, List<Cell> cells, Figures totals) {

		/**
		 * The cells keyed by the value of each dimension, such as "MK|PRE".
		 */
		public Map<String, Figures> byKey() {
			return this.cells.stream()
				.collect(Collectors.toMap((cell) -> String.join("|", cell.keys().values()), Cell::figures, (a, b) -> a,
						LinkedHashMap::new));
		}

	}

	/**
	 * One cell: the values of its dimensions and its figures.
	 */
	public record Cell(Map<String, String> keys, Figures figures) {
	}

	public record FundingTable(List<String> by, List<FundingRow> rows, BigDecimal totalEur) {
	}

	public record FundingRow(Map<String, String> keys, BigDecimal amountEur) {
	}

	/**
	 * An overlapping need and its active projects.
	 */
	public record Overlap(AnalysedNeedView need, List<ProjectFact> projects) {
	}

}
