package com.wbiisg.mapping.needs.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.DatabaseRepository;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new draft needs for imports, in as few round trips as the database allows
 * (the entity's identity key would make Hibernate insert them one by one); a need's
 * creation is told by its own row, not by a step of its history. On PostgreSQL the ids
 * are taken from the identity's sequence in one query, then the needs go with
 * {@code COPY … FROM STDIN} ({@link CopiedDrafts}): the server reads the rows with the
 * columns' input functions and writes a page of them at a time, where an
 * {@code insert … select … from unnest(…)} of arrays, used before, parsed the arrays,
 * then inserted and logged each row on its own (a third more of the server's time for the
 * same rows). Elsewhere (H2) a JDBC batch returns the keys. The SQL is built from
 * constants only.
 */
@Repository
class NeedBulkRepository {

	private static final int BATCH = 1000;

	private static final String INSERT_NEED = """
			insert into need (cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, \
			title, description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	static final String COPY_NEEDS = """
			copy need (id, cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, title, \
			description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version) from stdin""";

	private final JdbcTemplate jdbc;

	private final DatabaseRepository database;

	NeedBulkRepository(JdbcTemplate jdbc, DatabaseRepository database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * What writes an import's new drafts as they are checked.
	 */
	interface Drafts extends AutoCloseable {

		/**
		 * Writes the need, or keeps it for {@link #finish}.
		 */
		void add(NewNeed need);

		/**
		 * Writes what is left and returns the ids of the needs in the order given.
		 */
		List<Long> finish();

		/**
		 * Drops what is not written yet: the caller's transaction rolls back the rest.
		 */
		@Override
		void close();

	}

	/**
	 * Starts writing new drafts entered by {@code by} at {@code at}: at most {@code most}
	 * of them. On PostgreSQL they go to the server while the caller checks the next rows
	 * ({@link CopiedDrafts}); until the drafts are finished or closed, the transaction's
	 * connection runs no other statement. Elsewhere they are kept and inserted in JDBC
	 * batches when finished.
	 * @param written told how many are written so far, now and then
	 */
	Drafts drafts(int most, String by, Instant at, IntConsumer written) {
		if (this.database.isPostgres()) {
			return new CopiedDrafts(this.database, most, by, at, written);
		}
		List<NewNeed> kept = new ArrayList<>();
		return new Drafts() {
			@Override
			public void add(NewNeed need) {
				kept.add(need);
			}

			@Override
			public List<Long> finish() {
				return insert(kept, by, Timestamp.from(at), written);
			}

			@Override
			public void close() {
				kept.clear();
			}
		};
	}

	private List<Long> insert(List<NewNeed> needs, String by, Timestamp time, IntConsumer written) {
		List<Long> ids = new ArrayList<>(needs.size());
		for (int from = 0; from < needs.size(); from += BATCH) {
			List<NewNeed> chunk = needs.subList(from, Math.min(from + BATCH, needs.size()));
			List<Long> chunkIds = insertReturningIds(chunk, by, time);
			if (chunkIds.size() != chunk.size()) {
				throw new IllegalStateException(
						"The database returned " + chunkIds.size() + " keys for " + chunk.size() + " inserted needs.");
			}
			ids.addAll(chunkIds);
			written.accept(ids.size());
		}
		return ids;
	}

	private List<Long> insertReturningIds(List<NewNeed> chunk, String by, Timestamp time) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT_NEED, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						set(ps, chunk.get(i), by, time);
					}

					@Override
					public int getBatchSize() {
						return chunk.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(DatabaseRepository::generatedId).toList();
	}

	private static void set(PreparedStatement ps, NewNeed need, String by, Timestamp at) throws SQLException {
		NeedContent content = need.content();
		ps.setLong(1, need.cycleId());
		ps.setString(2, need.initiative());
		ps.setString(3, need.pillar());
		ps.setString(4, need.objective());
		ps.setString(5, need.measureCode());
		ps.setString(6, need.partner());
		ps.setString(7, content.title());
		ps.setString(8, content.description());
		ps.setString(9, content.type().name());
		ps.setString(10, content.perspective().name());
		ps.setString(11, content.priority().name());
		ps.setString(12, content.institution());
		ps.setBigDecimal(13, content.estimatedCostEur());
		ps.setString(14, (content.timeframe() == null) ? null : content.timeframe().name());
		ps.setObject(15, content.timeframeStart(), Types.DATE);
		ps.setObject(16, content.timeframeEnd(), Types.DATE);
		ps.setString(17, need.references());
		ps.setBoolean(18, content.restricted());
		ps.setString(19, NeedStatus.DRAFT.name());
		ps.setString(20, by);
		ps.setTimestamp(21, at);
		ps.setTimestamp(22, at);
	}

}
