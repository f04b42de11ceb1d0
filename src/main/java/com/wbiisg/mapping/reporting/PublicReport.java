package com.wbiisg.mapping.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The public part of a published report, for anyone: the headline figures, the counts of
 * needs per partner and pillar, the mapped funding per funder and the projects their
 * members list publicly, as the public project list shows them. No need appears in it, by
 * text or by id.
 */
public record PublicReport(long id, ReportKind kind, String initiative, String initiativeName, String cycleName,
		@Nullable Integer year, int draftNumber, @Nullable LocalDate adoptedOn, @Nullable String adoptionDecision,
		@Nullable Instant publishedAt, List<ReportSnapshot.PartnerName> partners, List<String> pillars, Figures totals,
		List<Counts> cells, List<ReportChapters.Amount> fundingByFunder, List<ReportSnapshot.ProjectRow> projects) {

	/**
	 * How many needs of a partner and pillar there are, and how far they are covered.
	 */
	public record Counts(String partner, String pillar, long needs, long covered, long partial, long uncovered) {
	}

	/**
	 * The partners' names by code, as the registry writes them ("Kosovo*").
	 */
	public Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.partners.forEach((partner) -> names.put(partner.code(), partner.name()));
		return names;
	}

	/**
	 * The counts of a partner and pillar, or none.
	 */
	public Counts cell(String partner, String pillar) {
		return this.cells.stream()
			.filter((cell) -> cell.partner().equals(partner) && cell.pillar().equals(pillar))
			.findFirst()
			.orElse(new Counts(partner, pillar, 0, 0, 0, 0));
	}

	/**
	 * The partners that have needs, in the order of the registry.
	 */
	public List<ReportSnapshot.PartnerName> partnersWithNeeds() {
		return this.partners.stream()
			.filter((partner) -> this.cells.stream().anyMatch((cell) -> cell.partner().equals(partner.code())))
			.toList();
	}

}
