package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.shared.DatabaseRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts the read-model rows of many needs computed afresh: the needs of an import and
 * every need in the rebuild at start-up. On PostgreSQL each column of up to
 * {@value #ARRAY_ROWS} rows goes as one array parameter of one
 * {@code insert … select … from unnest(…)}, which the server runs as one statement
 * instead of one per row as a JDBC batch does (an import of 50,000 needs spent 2 s on
 * that); elsewhere (H2) a JDBC batch inserts them. The SQL is built from constants only.
 */
@Repository
class CoverageBulkRepository {

	private static final int BATCH = 1000;

	private static final int ARRAY_ROWS = 10_000;

	private static final String NEED_COLUMNS = """
			insert into analysis_need (need_id, cycle_id, initiative_code, pillar_code, objective_code, \
			measure_code, partner_code, title, priority, status, restricted, estimated_cost_eur, coverage, \
			mapped_funding_eur, funding_gap_eur, overlapping, active_projects) """;

	private static final String INSERT_NEED = NEED_COLUMNS
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_NEEDS_FROM_ARRAYS = NEED_COLUMNS
			+ "select * from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * The PostgreSQL types of the columns of {@link #INSERT_NEEDS_FROM_ARRAYS}, in order.
	 */
	private static final String[] ARRAY_TYPES = { "bigint", "bigint", "varchar", "varchar", "varchar", "varchar",
			"varchar", "varchar", "varchar", "varchar", "boolean", "numeric", "varchar", "numeric", "numeric",
			"boolean", "integer" };

	private static final String INSERT_FUNDING = "insert into analysis_funding (need_id, org_role, organisation_id, amount_eur) values (?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final DatabaseRepository database;

	CoverageBulkRepository(JdbcTemplate jdbc, DatabaseRepository database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * A need with its coverage computed.
	 */
	record Computed(NeedFact need, NeedCoverage coverage) {
	}

	/**
	 * Inserts the rows of needs that have none yet, with their funding rows.
	 */
	void insertAll(List<Computed> computed) {
		List<Object[]> needs = new ArrayList<>(computed.size());
		List<Object[]> funding = new ArrayList<>();
		for (Computed row : computed) {
			NeedFact need = row.need();
			NeedCoverage coverage = row.coverage();
			needs.add(new Object[] { need.id(), need.cycleId(), need.initiative(), need.pillar(), need.objective(),
					need.measureCode(), need.partner(), need.title(), need.priority().name(), need.status().name(),
					need.restricted(), need.estimatedCostEur(), coverage.level().name(), coverage.mappedFundingEur(),
					coverage.fundingGapEur(), coverage.overlapping(), coverage.activeProjects() });
			coverage.byFunder()
				.forEach((organisation, amount) -> funding
					.add(new Object[] { need.id(), "FUNDING", organisation, amount }));
			coverage.byImplementer()
				.forEach((organisation, amount) -> funding
					.add(new Object[] { need.id(), "IMPLEMENTING", organisation, amount }));
		}
		if (this.database.isPostgres()) {
			for (int from = 0; from < needs.size(); from += ARRAY_ROWS) {
				insertFromArrays(needs.subList(from, Math.min(from + ARRAY_ROWS, needs.size())));
			}
		}
		else {
			for (int from = 0; from < needs.size(); from += BATCH) {
				this.jdbc.batchUpdate(INSERT_NEED, needs.subList(from, Math.min(from + BATCH, needs.size())));
			}
		}
		if (!funding.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_FUNDING, funding);
		}
	}

	private void insertFromArrays(List<Object[]> rows) {
		this.jdbc.update(INSERT_NEEDS_FROM_ARRAYS, (ps) -> {
			for (int column = 0; column < ARRAY_TYPES.length; column++) {
				ps.setArray(column + 1, column(ps.getConnection(), rows, column));
			}
		});
	}

	/**
	 * One column of the rows as an array of its type, written as text for the server to
	 * parse (amounts without exponent).
	 */
	private static Array column(Connection connection, List<Object[]> rows, int column) throws SQLException {
		String[] values = new String[rows.size()];
		for (int i = 0; i < values.length; i++) {
			Object value = rows.get(i)[column];
			values[i] = (value instanceof BigDecimal amount) ? amount.toPlainString()
					: (value == null) ? null : value.toString();
		}
		return connection.createArrayOf(ARRAY_TYPES[column], values);
	}

}
