package com.wbiisg.mapping.needs.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes synthetic needs in batches, bypassing the use cases: for benchmarks only. Ids
 * are given explicitly (one batch insert, no key round trips) and the identity column is
 * moved past them afterwards.
 */
@Repository
class SyntheticNeedRepository {

	private final JdbcTemplate jdbc;

	SyntheticNeedRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long maxId() {
		Long max = this.jdbc.queryForObject("select max(id) from need", Long.class);
		return (max == null) ? 0 : max;
	}

	void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				insert into need (id, cycle_id, initiative_code, pillar_code, objective_code, measure_code, \
				partner_code, title, description, need_type, perspective, priority, institution, estimated_cost_eur, \
				timeframe, restricted, status, created_by, created_at, updated_at, version) \
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
	}

	/**
	 * Lets the identity column continue after the highest id.
	 */
	void restartIdentity() {
		long next = maxId() + 1;
		boolean postgres = Boolean.TRUE.equals(this.jdbc.execute((Connection connection) -> isPostgres(connection)));
		if (postgres) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence('need', 'id'), ?)", Long.class, next - 1);
		}
		else {
			this.jdbc.execute("alter table need alter column id restart with " + next);
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

}
