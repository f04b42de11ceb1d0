package com.wbiisg.mapping.responses.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes synthetic projects and links in batches, bypassing the use cases: for benchmarks
 * only. Ids are given explicitly and the identity columns moved past them afterwards.
 */
@Repository
class SyntheticProjectRepository {

	private final JdbcTemplate jdbc;

	SyntheticProjectRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long maxId(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table(table), Long.class);
		return (max == null) ? 0 : max;
	}

	long countSynthetic() {
		Long count = this.jdbc.queryForObject("select count(*) from project where created_by = 'synthetic'",
				Long.class);
		return (count == null) ? 0 : count;
	}

	void insertProjects(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				insert into project (id, title, description, reporting_org_id, budget_amount, currency, eur_rate, \
				planned_start, planned_end, status, public_listed, created_by, created_at, updated_at, version) \
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
	}

	void insertOrganisations(List<Object[]> rows) {
		this.jdbc.batchUpdate(
				"insert into project_organisation (project_id, position, organisation_id, org_role) values (?, ?, ?, ?)",
				rows);
	}

	void insertCodes(String table, String column, List<Object[]> rows) {
		this.jdbc.batchUpdate("insert into " + table(table) + " (project_id, " + column(column) + ") values (?, ?)",
				rows);
	}

	void insertFunding(List<Object[]> rows) {
		this.jdbc.batchUpdate(
				"insert into project_funding (project_id, position, stage, amount, funding_year) values (?, ?, ?, ?, ?)",
				rows);
	}

	void insertLinks(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				insert into project_link (id, project_id, need_id, need_partner, coverage, share_percent, note, \
				created_by, created_at) values (?, ?, ?, ?, ?, ?, null, 'synthetic', ?)""", rows);
	}

	/**
	 * Lets the identity column of the table continue after its highest id.
	 */
	void restartIdentity(String table) {
		long next = maxId(table) + 1;
		boolean postgres = Boolean.TRUE.equals(this.jdbc.execute((Connection connection) -> isPostgres(connection)));
		if (postgres) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table(table) + "', 'id'), ?)",
					Long.class, next - 1);
		}
		else {
			this.jdbc.execute("alter table " + table(table) + " alter column id restart with " + next);
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * The tables and columns this repository writes, as an allow-list.
	 */
	private static String table(String name) {
		return switch (name) {
			case "project", "project_link", "project_partner", "project_initiative", "project_pillar", "project_year" ->
				name;
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static String column(String name) {
		return switch (name) {
			case "partner_code", "initiative_code", "pillar_code", "reporting_year" -> name;
			default -> throw new IllegalArgumentException(name);
		};
	}

}
