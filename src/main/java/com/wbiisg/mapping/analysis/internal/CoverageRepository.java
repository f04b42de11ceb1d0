package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wbiisg.mapping.analysis.AnalysisFilter;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.needs.NeedAudience;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roll-ups of the read model, in SQL: figures per group of needs and funding per
 * funder or implementer. Only submitted needs count (drafts and returned needs are still
 * with their partner); restricted needs count like any other, as aggregates say nothing
 * of a need's content. Group columns come from {@link Dimension}'s allow-list; every
 * value is a bound parameter.
 */
@Repository
public class CoverageRepository {

	private static final String SUBMITTED = "n.status not in ('"
			+ NeedAudience.UNSUBMITTED.stream().map(Enum::name).collect(Collectors.joining("','")) + "')";

	private final JdbcTemplate jdbc;

	private final AnalysisGeneration generation;

	/**
	 * Roll-ups by query, valid while the read model stays at their generation: they are
	 * the same for every reader, and most requests ask the same few.
	 */
	private final Cache<List<Object>, Cached> cache = Caffeine.newBuilder().maximumSize(2000).build();

	CoverageRepository(JdbcTemplate jdbc, AnalysisGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(List<Object> key, Supplier<T> compute) {
		long current = this.generation.current();
		Cached hit = this.cache.getIfPresent(key);
		if (hit != null && hit.generation() == current) {
			return (T) hit.value();
		}
		T value = compute.get();
		this.cache.put(key, new Cached(current, value));
		return value;
	}

	private record Cached(long generation, Object value) {
	}

	/**
	 * The figures per group of the dimensions (none: one row of totals), keyed by the
	 * groups' values in order.
	 */
	public Map<List<String>, Figures> figures(AnalysisFilter filter, List<Dimension> by) {
		return cached(List.of("figures", filter, by), () -> Collections.unmodifiableMap(queryFigures(filter, by)));
	}

	private Map<List<String>, Figures> queryFigures(AnalysisFilter filter, List<Dimension> by) {
		String groups = by.stream().map(Dimension::column).collect(Collectors.joining(", "));
		List<Object> parameters = new ArrayList<>();
		String sql = """
				select %s count(*), \
				sum(case when n.coverage = 'FULL' then 1 else 0 end), \
				sum(case when n.coverage = 'PARTIAL' then 1 else 0 end), \
				sum(case when n.coverage = 'NONE' then 1 else 0 end), \
				sum(case when n.overlapping then 1 else 0 end), \
				coalesce(sum(n.estimated_cost_eur), 0), coalesce(sum(n.mapped_funding_eur), 0), \
				coalesce(sum(n.funding_gap_eur), 0) \
				from analysis_need n where %s %s %s""".formatted(by.isEmpty() ? "" : groups + ",",
				where(filter, parameters), by.isEmpty() ? "" : "group by " + groups,
				by.isEmpty() ? "" : "order by " + groups);
		Map<List<String>, Figures> figures = new LinkedHashMap<>();
		this.jdbc.query(sql, (ResultSet row) -> {
			List<String> key = new ArrayList<>();
			for (int i = 1; i <= by.size(); i++) {
				key.add(row.getString(i));
			}
			int at = by.size();
			figures.put(key,
					new Figures(row.getLong(at + 1), row.getLong(at + 2), row.getLong(at + 3), row.getLong(at + 4),
							row.getLong(at + 5), money(row, at + 6), money(row, at + 7), money(row, at + 8)));
		}, parameters.toArray());
		return figures;
	}

	/**
	 * Mapped funding per group, one of the dimensions being the funder or the implementer
	 * (organisation ids as text).
	 */
	public Map<List<String>, BigDecimal> funding(AnalysisFilter filter, List<Dimension> by) {
		return cached(List.of("funding", filter, by), () -> Collections.unmodifiableMap(queryFunding(filter, by)));
	}

	private Map<List<String>, BigDecimal> queryFunding(AnalysisFilter filter, List<Dimension> by) {
		String role = by.contains(Dimension.IMPLEMENTER) ? "IMPLEMENTING" : "FUNDING";
		String groups = by.stream().map(Dimension::column).collect(Collectors.joining(", "));
		List<Object> parameters = new ArrayList<>();
		parameters.add(role);
		String sql = """
				select %s, sum(f.amount_eur) from analysis_funding f join analysis_need n on n.need_id = f.need_id \
				where f.org_role = ? and %s group by %s order by %s""".formatted(groups, where(filter, parameters),
				groups, groups);
		Map<List<String>, BigDecimal> funding = new LinkedHashMap<>();
		this.jdbc.query(sql, (ResultSet row) -> {
			List<String> key = new ArrayList<>();
			for (int i = 1; i <= by.size(); i++) {
				key.add(row.getString(i));
			}
			funding.put(key, money(row, by.size() + 1));
		}, parameters.toArray());
		return funding;
	}

	/**
	 * Needs per partner and status in the cycle, drafts and returned needs included:
	 * counts say nothing of a need's content.
	 */
	public Map<String, Map<String, Long>> statusByPartner(AnalysisFilter filter) {
		return cached(List.of("status", filter), () -> Collections.unmodifiableMap(queryStatusByPartner(filter)));
	}

	private Map<String, Map<String, Long>> queryStatusByPartner(AnalysisFilter filter) {
		List<Object> parameters = new ArrayList<>();
		String where = where(filter, parameters).replace(" and " + SUBMITTED, "");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		this.jdbc.query("select n.partner_code, n.status, count(*) from analysis_need n where " + where
				+ " group by n.partner_code, n.status order by n.partner_code", (ResultSet row) -> {
					counts.computeIfAbsent(row.getString(1), (partner) -> new LinkedHashMap<>())
						.put(row.getString(2), row.getLong(3));
				}, parameters.toArray());
		return counts;
	}

	/**
	 * Replaces the funding rows of a need.
	 */
	void replaceFunding(long needId, Map<Long, BigDecimal> byFunder, Map<Long, BigDecimal> byImplementer) {
		this.jdbc.update("delete from analysis_funding where need_id = ?", needId);
		List<Object[]> rows = new ArrayList<>();
		byFunder.forEach((organisation, amount) -> rows.add(new Object[] { needId, "FUNDING", organisation, amount }));
		byImplementer
			.forEach((organisation, amount) -> rows.add(new Object[] { needId, "IMPLEMENTING", organisation, amount }));
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(
					"insert into analysis_funding (need_id, org_role, organisation_id, amount_eur) values (?, ?, ?, ?)",
					rows);
		}
	}

	void deleteAll() {
		this.jdbc.update("delete from analysis_funding");
		this.jdbc.update("delete from analysis_need");
	}

	void deleteFunding(long needId) {
		this.jdbc.update("delete from analysis_funding where need_id = ?", needId);
	}

	private static String where(AnalysisFilter filter, List<Object> parameters) {
		StringBuilder where = new StringBuilder("n.cycle_id = ? and " + SUBMITTED);
		parameters.add(filter.cycle());
		if (filter.partner() != null) {
			where.append(" and n.partner_code = ?");
			parameters.add(filter.partner());
		}
		if (filter.pillar() != null) {
			where.append(" and n.pillar_code = ?");
			parameters.add(filter.pillar());
		}
		if (filter.objective() != null) {
			where.append(" and n.objective_code = ?");
			parameters.add(filter.objective());
		}
		if (filter.funder() != null) {
			where.append(" and exists (select 1 from analysis_funding ff where ff.need_id = n.need_id"
					+ " and ff.org_role = 'FUNDING' and ff.organisation_id = ?)");
			parameters.add(filter.funder());
		}
		return where.toString();
	}

	private static BigDecimal money(ResultSet row, int column) throws SQLException {
		BigDecimal value = row.getBigDecimal(column);
		return (value == null) ? BigDecimal.ZERO : value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
