package com.wbiisg.mapping.analysis.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.AnalysisFilter;
import com.wbiisg.mapping.analysis.AnalysisQueries;
import com.wbiisg.mapping.analysis.AnalysisScope;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.shared.Inputs;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis for scripts (API.md): the coverage matrix, the needs with their coverage,
 * the overlaps and the funding roll-ups. Figures count every submitted need; lists hold
 * only the needs the caller may see.
 */
@RestController
class AnalysisApiController {

	private final AnalysisQueries queries;

	private final AnalysisScope scope;

	AnalysisApiController(AnalysisQueries queries, AnalysisScope scope) {
		this.queries = queries;
		this.scope = scope;
	}

	@GetMapping("/api/v1/analysis/coverage")
	CoverageResponse coverage(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(defaultValue = "partner,pillar") String by,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String funder) {
		AnalysisFilter filter = this.scope.filter(this.scope.cycle(cycle), partner, pillar, objective, funder);
		AnalysisQueries.Matrix matrix = this.queries.coverage(filter, by);
		return new CoverageResponse(filter.cycle(),
				matrix.cells().stream().map((cell) -> figures(cell.keys(), cell.figures())).toList(),
				figures(Map.of(), matrix.totals()));
	}

	@GetMapping("/api/v1/analysis/needs")
	NeedPage needs(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String coverage,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable Boolean overlapping,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String funder, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		AnalysisFilter filter = this.scope.filter(this.scope.cycle(cycle), partner, pillar, objective, funder);
		Page<AnalysedNeedView> found = this.queries.needs(filter,
				Inputs.enumValue("coverage", coverage, CoverageLevel.class),
				Inputs.enumValue("priority", priority, Priority.class), overlapping, page, size);
		return new NeedPage(found.getContent(), found.getTotalElements());
	}

	@GetMapping("/api/v1/analysis/overlaps")
	List<OverlapResponse> overlaps(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar) {
		AnalysisFilter filter = this.scope.filter(this.scope.cycle(cycle), partner, pillar, null, null);
		Map<Long, String> names = this.queries.organisationNames();
		return this.queries.overlaps(filter)
			.stream()
			.map((overlap) -> new OverlapResponse(overlap.need().id(), overlap.need().title(), overlap.need().partner(),
					overlap.need().measureCode(),
					overlap.projects().stream().map((project) -> ProjectResponse.of(project, names)).toList()))
			.toList();
	}

	@GetMapping("/api/v1/analysis/funding")
	FundingResponse funding(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(defaultValue = "funder,pillar,partner") String by,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String funder) {
		AnalysisFilter filter = this.scope.filter(this.scope.cycle(cycle), partner, pillar, null, funder);
		AnalysisQueries.FundingTable table = this.queries.funding(filter, by);
		return new FundingResponse(filter.cycle(), table.rows().stream().map((row) -> {
			Map<String, Object> fields = new LinkedHashMap<>(row.keys());
			fields.put("amountEur", row.amountEur());
			return fields;
		}).toList(), table.totalEur());
	}

	private static Map<String, Object> figures(Map<String, String> keys, Figures figures) {
		Map<String, Object> fields = new LinkedHashMap<>(keys);
		fields.put("needs", figures.needs());
		fields.put("covered", figures.covered());
		fields.put("partial", figures.partial());
		fields.put("uncovered", figures.uncovered());
		fields.put("overlapping", figures.overlapping());
		fields.put("estimatedCostEur", figures.estimatedCostEur());
		fields.put("mappedFundingEur", figures.mappedFundingEur());
		fields.put("fundingGapEur", figures.fundingGapEur());
		return fields;
	}

	record CoverageResponse(long cycle, List<Map<String, Object>> cells, Map<String, Object> totals) {
	}

	record NeedPage(List<AnalysedNeedView> items, long total) {
	}

	record OverlapResponse(long needId, String title, String partner, String measureCode,
			List<ProjectResponse> projects) {
	}

	record ProjectResponse(long id, String title, List<String> funders, ProjectStatus status, @Nullable LocalDate start,
			@Nullable LocalDate end, @Nullable BigDecimal budgetEur) {

		static ProjectResponse of(ProjectFact project, Map<Long, String> names) {
			return new ProjectResponse(project.id(), project.title(),
					project.funders().stream().map((id) -> names.getOrDefault(id, String.valueOf(id))).toList(),
					project.status(), project.start(), project.end(), project.budgetEur());
		}

	}

	record FundingResponse(long cycle, List<Map<String, Object>> rows, BigDecimal totalEur) {
	}

}
