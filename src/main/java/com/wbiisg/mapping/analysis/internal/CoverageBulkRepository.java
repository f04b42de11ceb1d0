package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.shared.CopyRows;
import com.wbiisg.mapping.shared.DatabaseRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts the read-model rows of many needs computed afresh: the needs of an import and
 * every need in the rebuild at start-up. On PostgreSQL they go with
 * {@code COPY … FROM STDIN}, {@value #COPY_ROWS} rows a time, which the server reads with
 * the columns' input functions and writes a page at a time (a JDBC batch ran a statement
 * per row, 2 s for an import of 50,000 needs; an {@code insert … select … from unnest(…)}
 * of arrays parsed the arrays and wrote each row on its own); elsewhere (H2) a JDBC batch
 * inserts them. The SQL is built from constants only.
 */
@Repository
class CoverageBulkRepository {

	private static final int BATCH = 1000;

	private static final int COPY_ROWS = 10_000;

	private static final String INSERT_NEED = """
			insert into analysis_need (need_id, cycle_id, initiative_code, pillar_code, objective_code, \
			measure_code, partner_code, title, priority, status, restricted, estimated_cost_eur, coverage, \
			mapped_funding_eur, funding_gap_eur, overlapping, active_projects) \
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String COPY_NEEDS = """
			copy analysis_need (need_id, cycle_id, initiative_code, pillar_code, objective_code, measure_code, \
			partner_code, title, priority, status, restricted, estimated_cost_eur, coverage, mapped_funding_eur, \
			funding_gap_eur, overlapping, active_projects) from stdin""";

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
			for (int from = 0; from < needs.size(); from += COPY_ROWS) {
				copy(needs.subList(from, Math.min(from + COPY_ROWS, needs.size())));
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

	private void copy(List<Object[]> rows) {
		CopyRows text = new CopyRows(rows.size() * 160);
		for (Object[] row : rows) {
			for (Object value : row) {
				text.add(value);
			}
			text.end();
		}
		this.database.copyIn(COPY_NEEDS, text);
	}

}
