package com.wbiisg.mapping.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.Priority;

/**
 * The chapters of a report as a reader reads them, arranged from a {@link ReportView}:
 * the needs per pillar, objective and partner, the gaps by priority, the overlaps with
 * their projects, and the funding by funder and by partner. Only what the view shows is
 * listed; what it hides is counted.
 *
 * @param partners the partners in the order of the registry, with their names ("Kosovo*")
 * @param titles the title of every framework item by code
 * @param pillars the pillars of the framework with their objectives and needs
 * @param gaps the uncovered needs per priority, highest first
 * @param overlaps the needs with overlapping projects, and those projects
 * @param fundingByFunder mapped funding per funder, largest first
 * @param fundingByPartner mapped funding per partner, in the order of the registry
 * @param cells the figures per "partner|pillar"
 */
public record ReportChapters(List<ReportSnapshot.PartnerName> partners, Map<String, String> titles,
		List<Pillar> pillars, List<Gap> gaps, List<Overlap> overlaps, List<Amount> fundingByFunder,
		List<Amount> fundingByPartner, Map<String, Figures> cells) {

	public record Pillar(String code, String title, List<Objective> objectives) {
	}

	public record Objective(String code, String title, List<PartnerNeeds> partners, int hidden) {
	}

	public record PartnerNeeds(String partner, String name, List<ReportSnapshot.NeedRow> needs) {
	}

	public record Gap(String priority, List<ReportSnapshot.NeedRow> needs, int hidden) {
	}

	public record Overlap(ReportSnapshot.NeedRow need, List<ReportSnapshot.ProjectRow> projects) {
	}

	public record Amount(String key, BigDecimal amountEur) {
	}

	/**
	 * The WB partners (without the regional entry) as the title page names them.
	 */
	public List<ReportSnapshot.PartnerName> wbPartners() {
		return this.partners.stream().filter((partner) -> !Partner.REGIONAL.equals(partner.code())).toList();
	}

	public String partnerName(String code) {
		return this.partners.stream()
			.filter((partner) -> partner.code().equals(code))
			.map(ReportSnapshot.PartnerName::name)
			.findFirst()
			.orElse(code);
	}

	/**
	 * The partners' names by code, as the registry writes them ("Kosovo*").
	 */
	public Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.partners.forEach((partner) -> names.put(partner.code(), partner.name()));
		return names;
	}

	public Figures cell(String partner, String pillar) {
		return this.cells.getOrDefault(partner + "|" + pillar, Figures.NONE);
	}

	/**
	 * The partners that have figures, in the order of the registry.
	 */
	public List<ReportSnapshot.PartnerName> partnersWithFigures() {
		return this.partners.stream()
			.filter((partner) -> this.cells.keySet().stream().anyMatch((key) -> key.startsWith(partner.code() + "|")))
			.toList();
	}

	public static ReportChapters of(ReportView view) {
		ReportSnapshot snapshot = view.snapshot();
		Map<String, String> titles = new LinkedHashMap<>();
		snapshot.framework().forEach((item) -> titles.put(item.code(), item.title()));
		Map<String, String> names = new HashMap<>();
		snapshot.partners().forEach((partner) -> names.put(partner.code(), partner.name()));
		Map<String, Integer> order = new HashMap<>();
		snapshot.partners().forEach((partner) -> order.put(partner.code(), order.size()));
		Comparator<ReportSnapshot.NeedRow> byPartner = Comparator
			.comparing((ReportSnapshot.NeedRow need) -> order.getOrDefault(need.partner(), order.size()))
			.thenComparing(ReportSnapshot.NeedRow::measureCode)
			.thenComparing(ReportSnapshot.NeedRow::id);
		List<Pillar> pillars = new ArrayList<>();
		for (ReportSnapshot.Item pillar : items(snapshot, ItemLevel.PILLAR, "")) {
			List<Objective> objectives = new ArrayList<>();
			for (ReportSnapshot.Item objective : items(snapshot, ItemLevel.OBJECTIVE, pillar.code() + ".")) {
				Map<String, List<ReportSnapshot.NeedRow>> byPartnerCode = new LinkedHashMap<>();
				snapshot.needs()
					.stream()
					.filter((need) -> need.objective().equals(objective.code()))
					.sorted(byPartner)
					.forEach((need) -> byPartnerCode.computeIfAbsent(need.partner(), (code) -> new ArrayList<>())
						.add(need));
				List<PartnerNeeds> partners = new ArrayList<>();
				byPartnerCode.forEach((code, needs) -> partners
					.add(new PartnerNeeds(code, names.getOrDefault(code, code), List.copyOf(needs))));
				objectives
					.add(new Objective(objective.code(), objective.title(), partners, view.hiddenIn(objective.code())));
			}
			pillars.add(new Pillar(pillar.code(), pillar.title(), objectives));
		}
		return new ReportChapters(snapshot.partners(), titles, pillars, gaps(view, byPartner), overlaps(snapshot),
				fundingByFunder(snapshot), fundingByPartner(snapshot, order), cells(snapshot));
	}

	private static List<ReportSnapshot.Item> items(ReportSnapshot snapshot, ItemLevel level, String prefix) {
		return snapshot.framework()
			.stream()
			.filter((item) -> item.level().equals(level.name()) && item.code().startsWith(prefix))
			.toList();
	}

	private static List<Gap> gaps(ReportView view, Comparator<ReportSnapshot.NeedRow> order) {
		List<Gap> gaps = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			List<ReportSnapshot.NeedRow> uncovered = view.snapshot()
				.needs()
				.stream()
				.filter((need) -> need.priority().equals(priority.name())
						&& CoverageLevel.NONE.name().equals(need.coverage()))
				.sorted(order)
				.toList();
			gaps.add(new Gap(priority.name(), uncovered, view.hiddenUncovered(priority.name())));
		}
		return gaps;
	}

	private static List<Overlap> overlaps(ReportSnapshot snapshot) {
		Map<Long, ReportSnapshot.ProjectRow> projects = new HashMap<>();
		snapshot.projects().forEach((project) -> projects.put(project.id(), project));
		Map<Long, List<ReportSnapshot.ProjectRow>> byNeed = new HashMap<>();
		for (ReportSnapshot.LinkRow link : snapshot.links()) {
			ReportSnapshot.ProjectRow project = projects.get(link.projectId());
			if (project != null) {
				byNeed.computeIfAbsent(link.needId(), (id) -> new ArrayList<>()).add(project);
			}
		}
		List<Overlap> overlaps = new ArrayList<>();
		for (ReportSnapshot.NeedRow need : snapshot.needs()) {
			if (need.overlapping()) {
				overlaps.add(new Overlap(need, List.copyOf(byNeed.getOrDefault(need.id(), List.of()))));
			}
		}
		return overlaps;
	}

	/**
	 * Mapped funding per funder, largest first.
	 */
	static List<Amount> fundingByFunder(ReportSnapshot snapshot) {
		Map<String, BigDecimal> sums = new HashMap<>();
		snapshot.funding().forEach((row) -> sums.merge(row.funder(), row.amountEur(), BigDecimal::add));
		return sums.entrySet()
			.stream()
			.map((entry) -> new Amount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Amount::amountEur).reversed().thenComparing(Amount::key))
			.toList();
	}

	private static List<Amount> fundingByPartner(ReportSnapshot snapshot, Map<String, Integer> order) {
		Map<String, BigDecimal> sums = new HashMap<>();
		snapshot.funding().forEach((row) -> sums.merge(row.partner(), row.amountEur(), BigDecimal::add));
		return sums.entrySet()
			.stream()
			.map((entry) -> new Amount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing((Amount amount) -> order.getOrDefault(amount.key(), order.size())))
			.toList();
	}

	private static Map<String, Figures> cells(ReportSnapshot snapshot) {
		Map<String, Figures> cells = new HashMap<>();
		snapshot.cells().forEach((cell) -> cells.put(cell.partner() + "|" + cell.pillar(), cell.figures()));
		return cells;
	}

}
