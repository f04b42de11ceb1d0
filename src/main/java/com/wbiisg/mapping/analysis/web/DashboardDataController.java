package com.wbiisg.mapping.analysis.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.AnalysisFilter;
import com.wbiisg.mapping.analysis.AnalysisQueries;
import com.wbiisg.mapping.analysis.AnalysisScope;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.shared.Csv;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data behind each chart and list of the dashboard as CSV, with the same filters:
 * what a screen reader user or an analyst with a spreadsheet needs. Lists hold only the
 * needs the user may see.
 */
@Controller
@PreAuthorize(DashboardController.MEMBERS)
class DashboardDataController {

	private final AnalysisQueries queries;

	private final AnalysisScope scope;

	DashboardDataController(AnalysisQueries queries, AnalysisScope scope) {
		this.queries = queries;
		this.scope = scope;
	}

	@GetMapping("/dashboard/data/{name}.csv")
	void download(@PathVariable String name, @RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String funder, HttpServletResponse response) throws IOException {
		AnalysisFilter filter = this.scope.filter(this.scope.cycle(cycle), partner, pillar, null, funder);
		if (!List.of("coverage", "status", "funding", "uncovered", "overlaps").contains(name)) {
			throw new RecordNotFoundException(RecordType.of("Dashboard data", "analysis.record.dashboardData"), name);
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"iisg-" + name + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer writer = response.getWriter();
		Csv csv = new Csv(writer);
		switch (name) {
			case "coverage" -> coverage(csv, filter);
			case "status" -> status(csv, filter);
			case "funding" -> funding(csv, filter);
			case "uncovered" -> uncovered(csv, filter);
			default -> overlaps(csv, filter);
		}
		writer.flush();
	}

	private void coverage(Csv csv, AnalysisFilter filter) {
		csv.row("partner", "pillar", "needs", "covered", "partial", "uncovered", "overlapping", "estimated_cost_eur",
				"mapped_funding_eur", "funding_gap_eur");
		for (AnalysisQueries.Cell cell : this.queries.coverage(filter, "partner,pillar").cells()) {
			Figures f = cell.figures();
			csv.row(cell.keys().get("partner"), cell.keys().get("pillar"), f.needs(), f.covered(), f.partial(),
					f.uncovered(), f.overlapping(), f.estimatedCostEur(), f.mappedFundingEur(), f.fundingGapEur());
		}
	}

	private void status(Csv csv, AnalysisFilter filter) {
		csv.row("partner", "status", "needs");
		this.queries.statusByPartner(filter)
			.forEach((partner, counts) -> counts.forEach((status, count) -> csv.row(partner, status, count)));
	}

	private void funding(Csv csv, AnalysisFilter filter) {
		csv.row("funder", "pillar", "partner", "mapped_funding_eur");
		for (AnalysisQueries.FundingRow row : this.queries.funding(filter, "funder,pillar,partner").rows()) {
			csv.row(row.keys().get("funder"), row.keys().get("pillar"), row.keys().get("partner"), row.amountEur());
		}
	}

	private void uncovered(Csv csv, AnalysisFilter filter) {
		csv.row("need_id", "partner", "measure", "title", "priority", "status", "estimated_cost_eur");
		int page = 0;
		Page<AnalysedNeedView> batch;
		do {
			batch = this.queries.needs(filter, CoverageLevel.NONE, Priority.HIGH, null, page++, 500);
			batch.forEach((need) -> csv.row(need.id(), need.partner(), need.measureCode(), need.title(),
					need.priority(), need.status(), need.estimatedCostEur()));
		}
		while (batch.hasNext());
	}

	private void overlaps(Csv csv, AnalysisFilter filter) {
		csv.row("need_id", "partner", "measure", "need", "project_id", "project", "funders", "start", "end");
		Map<Long, String> names = this.queries.organisationNames();
		for (AnalysisQueries.Overlap overlap : this.queries.overlaps(filter)) {
			overlap.projects().forEach((project) -> {
				List<String> funders = new ArrayList<>();
				project.funders().forEach((id) -> funders.add(names.getOrDefault(id, String.valueOf(id))));
				csv.row(overlap.need().id(), overlap.need().partner(), overlap.need().measureCode(),
						overlap.need().title(), project.id(), project.title(), String.join("; ", funders),
						project.start(), project.end());
			});
		}
	}

}
