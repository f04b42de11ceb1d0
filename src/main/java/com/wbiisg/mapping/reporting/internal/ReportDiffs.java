package com.wbiisg.mapping.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportDiff;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Compares two snapshots of a report, each as the reader may see it: a pure function, so
 * that the comparison is the same on a page, in the API and in a test.
 */
public final class ReportDiffs {

	/**
	 * The fields of a need that are compared, with how each reads as text.
	 */
	private static final Map<String, Function<ReportSnapshot.NeedRow, @Nullable Object>> NEED_FIELDS = needFields();

	private static final Map<String, Function<Figures, Number>> FIGURES = figures();

	private ReportDiffs() {
	}

	public static ReportDiff between(ReportDiff.Draft from, ReportSnapshot older, ReportDiff.Draft to,
			ReportSnapshot newer) {
		Map<Long, ReportSnapshot.NeedRow> before = byId(older.needs(), ReportSnapshot.NeedRow::id);
		Map<Long, ReportSnapshot.NeedRow> after = byId(newer.needs(), ReportSnapshot.NeedRow::id);
		List<ReportSnapshot.NeedRow> added = newer.needs().stream().filter((n) -> !before.containsKey(n.id())).toList();
		List<ReportSnapshot.NeedRow> removed = older.needs()
			.stream()
			.filter((n) -> !after.containsKey(n.id()))
			.toList();
		List<ReportDiff.NeedChange> changed = new ArrayList<>();
		List<ReportDiff.CoverageChange> coverage = new ArrayList<>();
		for (ReportSnapshot.NeedRow now : newer.needs()) {
			ReportSnapshot.NeedRow then = before.get(now.id());
			if (then == null) {
				continue;
			}
			List<ReportDiff.FieldChange> fields = new ArrayList<>();
			NEED_FIELDS.forEach((name, read) -> {
				String was = text(read.apply(then));
				String is = text(read.apply(now));
				if (!Objects.equals(was, is)) {
					fields.add(new ReportDiff.FieldChange(name, was, is));
				}
			});
			if (!fields.isEmpty()) {
				changed.add(new ReportDiff.NeedChange(now.id(), now.partner(), now.measureCode(), now.title(), fields));
			}
			if (!then.coverage().equals(now.coverage())) {
				coverage.add(new ReportDiff.CoverageChange(now.id(), now.partner(), now.title(), then.coverage(),
						now.coverage()));
			}
		}
		Map<Long, ReportSnapshot.ProjectRow> projectsBefore = byId(older.projects(), ReportSnapshot.ProjectRow::id);
		Map<Long, ReportSnapshot.ProjectRow> projectsAfter = byId(newer.projects(), ReportSnapshot.ProjectRow::id);
		return new ReportDiff(from, to, added, removed, changed, coverage, totals(older.totals(), newer.totals()),
				cells(older, newer),
				newer.projects().stream().filter((p) -> !projectsBefore.containsKey(p.id())).toList(),
				older.projects().stream().filter((p) -> !projectsAfter.containsKey(p.id())).toList());
	}

	private static List<ReportDiff.FigureChange> totals(Figures before, Figures after) {
		List<ReportDiff.FigureChange> moved = new ArrayList<>();
		FIGURES.forEach((name, read) -> {
			if (!same(read.apply(before), read.apply(after))) {
				moved.add(new ReportDiff.FigureChange(name, read.apply(before), read.apply(after)));
			}
		});
		return moved;
	}

	private static List<ReportDiff.CellChange> cells(ReportSnapshot older, ReportSnapshot newer) {
		Map<String, Figures> before = cellMap(older);
		Map<String, Figures> after = cellMap(newer);
		Set<String> keys = new LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		List<ReportDiff.CellChange> moved = new ArrayList<>();
		for (String key : keys) {
			Figures was = before.getOrDefault(key, Figures.NONE);
			Figures is = after.getOrDefault(key, Figures.NONE);
			String[] parts = key.split("\\|");
			FIGURES.forEach((name, read) -> {
				if (!same(read.apply(was), read.apply(is))) {
					moved.add(new ReportDiff.CellChange(parts[0], parts[1], name, read.apply(was), read.apply(is)));
				}
			});
		}
		return moved;
	}

	private static Map<String, Figures> cellMap(ReportSnapshot snapshot) {
		Map<String, Figures> cells = new LinkedHashMap<>();
		snapshot.cells().forEach((cell) -> cells.put(cell.partner() + "|" + cell.pillar(), cell.figures()));
		return cells;
	}

	private static boolean same(Number before, Number after) {
		if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return before.equals(after);
	}

	/**
	 * A field as text; amounts without trailing zeros, so 120000.00 and 120000 read the
	 * same.
	 */
	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal amount) {
			return (amount.signum() == 0) ? "0" : amount.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
		Map<Long, T> map = new LinkedHashMap<>();
		rows.forEach((row) -> map.put(id.apply(row), row));
		return map;
	}

	private static Map<String, Function<ReportSnapshot.NeedRow, @Nullable Object>> needFields() {
		Map<String, Function<ReportSnapshot.NeedRow, @Nullable Object>> fields = new LinkedHashMap<>();
		fields.put("title", ReportSnapshot.NeedRow::title);
		fields.put("description", ReportSnapshot.NeedRow::description);
		fields.put("type", ReportSnapshot.NeedRow::type);
		fields.put("perspective", ReportSnapshot.NeedRow::perspective);
		fields.put("priority", ReportSnapshot.NeedRow::priority);
		fields.put("institution", ReportSnapshot.NeedRow::institution);
		fields.put("estimatedCostEur", ReportSnapshot.NeedRow::estimatedCostEur);
		fields.put("timeframe", ReportSnapshot.NeedRow::timeframe);
		fields.put("status", ReportSnapshot.NeedRow::status);
		fields.put("restricted", ReportSnapshot.NeedRow::restricted);
		fields.put("coverage", ReportSnapshot.NeedRow::coverage);
		fields.put("mappedFundingEur", ReportSnapshot.NeedRow::mappedFundingEur);
		fields.put("fundingGapEur", ReportSnapshot.NeedRow::fundingGapEur);
		fields.put("overlapping", ReportSnapshot.NeedRow::overlapping);
		return fields;
	}

	private static Map<String, Function<Figures, Number>> figures() {
		Map<String, Function<Figures, Number>> figures = new LinkedHashMap<>();
		figures.put("needs", Figures::needs);
		figures.put("covered", Figures::covered);
		figures.put("partial", Figures::partial);
		figures.put("uncovered", Figures::uncovered);
		figures.put("overlapping", Figures::overlapping);
		figures.put("estimatedCostEur", Figures::estimatedCostEur);
		figures.put("mappedFundingEur", Figures::mappedFundingEur);
		figures.put("fundingGapEur", Figures::fundingGapEur);
		return figures;
	}

}
