package com.wbiisg.mapping.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Appends many audit entries in JDBC batches: the entity's identity key would make
 * Hibernate insert them one by one.
 */
@Repository
class AuditEntryBulkRepository {

	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor, action, record_type, record_id, changes) \
			values (?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	AuditEntryBulkRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries of one time, actor, action and record type: each of {@code records} is a
	 * record id and its changes.
	 */
	void insert(Instant at, String actor, String action, String recordType, List<String[]> records) {
		Timestamp time = Timestamp.from(at);
		this.jdbc.batchUpdate(INSERT, records, 500, (ps, record) -> {
			ps.setTimestamp(1, time);
			ps.setString(2, actor);
			ps.setString(3, action);
			ps.setString(4, recordType);
			ps.setString(5, record[0]);
			ps.setString(6, record[1]);
		});
	}

}
