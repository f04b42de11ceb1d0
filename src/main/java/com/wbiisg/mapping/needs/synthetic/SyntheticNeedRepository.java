package com.wbiisg.mapping.needs.synthetic;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.shared.DatabaseRepository;

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

	private final DatabaseRepository database;

	SyntheticNeedRepository(JdbcTemplate jdbc, DatabaseRepository database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	boolean cycleExists(String name) {
		Long count = this.jdbc.queryForObject("select count(*) from needs_cycle where name = ?", Long.class, name);
		return count != null && count > 0;
	}

	/**
	 * Opens the synthetic cycle; answers its id.
	 */
	long openCycle(String initiative, String name, long frameworkId, LocalDate opensOn, LocalDate closesOn) {
		this.jdbc.update("""
				insert into needs_cycle (initiative_code, name, framework_id, opens_on, closes_on, status, version) \
				values (?, ?, ?, ?, ?, 'OPEN', 0)""", initiative, name, frameworkId, Date.valueOf(opensOn),
				Date.valueOf(closesOn));
		Long id = this.jdbc.queryForObject("select id from needs_cycle where initiative_code = ? and name = ?",
				Long.class, initiative, name);
		return (id == null) ? 0 : id;
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
		if (this.database.isPostgres()) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence('need', 'id'), ?)", Long.class, next - 1);
		}
		else {
			this.jdbc.execute("alter table need alter column id restart with " + next);
		}
	}

}
