package com.wbiisg.mapping.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.analysis.Figures;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report draft shows, as it was when the draft was generated: the framework,
 * the needs in scope with their coverage, the projects and their links, and every
 * computed figure. Stored as JSON with the draft and never changed afterwards, so later
 * changes to the data never change a draft. It holds restricted needs in full; what a
 * reader is shown of them is decided when the draft is read or rendered.
 */
public record ReportSnapshot(ReportKind kind, String initiative, String initiativeName, long cycleId, String cycleName,
		@Nullable Integer year, int draftNumber, Instant generatedAt, String generatedBy, List<Item> framework,
		List<PartnerName> partners, List<NeedRow> needs, List<ProjectRow> projects, List<LinkRow> links, Figures totals,
		List<Cell> cells, List<FundingRow> funding) {

	/**
	 * The same snapshot under another draft number, for a draft numbered after the
	 * snapshot was taken.
	 */
	public ReportSnapshot withDraftNumber(int number) {
		return new ReportSnapshot(this.kind, this.initiative, this.initiativeName, this.cycleId, this.cycleName,
				this.year, number, this.generatedAt, this.generatedBy, this.framework, this.partners, this.needs,
				this.projects, this.links, this.totals, this.cells, this.funding);
	}

	/**
	 * An item of the framework tree: pillar, objective, measure or action.
	 */
	public record Item(String code, String level, String title, @Nullable String description) {
	}

	/**
	 * A WB partner (or REG) with its name as the registry writes it ("Kosovo*").
	 */
	public record PartnerName(String code, String name) {
	}

	/**
	 * A need with its content, status and coverage.
	 */
	public record NeedRow(long id, String partner, String pillar, String objective, String measureCode, String title,
			@Nullable String description, String type, String perspective, String priority,
			@Nullable String institution, @Nullable BigDecimal estimatedCostEur, @Nullable String timeframe,
			String status, boolean restricted, String coverage, BigDecimal mappedFundingEur,
			@Nullable BigDecimal fundingGapEur, boolean overlapping) {
	}

	/**
	 * A project as the public list shows it, with whether it is listed publicly.
	 */
	public record ProjectRow(long id, String title, List<String> funders, List<String> implementers,
			List<String> partners, List<String> initiatives, List<String> pillars, @Nullable LocalDate start,
			@Nullable LocalDate end, String status, @Nullable BigDecimal budgetEur, boolean publicListed) {
	}

	/**
	 * A link of a project to a need in scope, with the share that counts.
	 */
	public record LinkRow(long projectId, long needId, String coverage, BigDecimal effectiveSharePercent) {
	}

	/**
	 * The figures of one partner and pillar.
	 */
	public record Cell(String partner, String pillar, Figures figures) {
	}

	/**
	 * Mapped funding of a funder to a pillar and partner.
	 */
	public record FundingRow(String funder, String pillar, String partner, BigDecimal amountEur) {
	}

}
