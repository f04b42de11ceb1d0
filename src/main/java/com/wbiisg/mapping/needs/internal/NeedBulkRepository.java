package com.wbiisg.mapping.needs.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.needs.NeedStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new draft needs and their first history step for imports, in as few round
 * trips as the database allows (the entity's identity key would make Hibernate insert
 * them one by one). On PostgreSQL the ids are taken from the identity's sequence in one
 * query and the rows go in multi-row inserts; elsewhere a JDBC batch returns the keys.
 * The SQL is built from constants only.
 */
@Repository
class NeedBulkRepository {

	private static final int BATCH = 1000;

	/**
	 * Rows per multi-row insert: 100 needs are 2,300 parameters, far below PostgreSQL's
	 * limit of 32,767.
	 */
	private static final int ROWS_PER_STATEMENT = 100;

	private static final String NEED_COLUMNS = """
			insert into need (cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, \
			title, description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version%s) values """;

	private static final String NEED_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0%s)";

	private static final int NEED_PARAMETERS = 22;

	private static final String INSERT_NEED = NEED_COLUMNS.formatted("") + NEED_VALUES.formatted("");

	private static final String INSERT_STEP = "insert into need_transition (need_id, occurred_at, actor, to_status) values ";

	private final JdbcTemplate jdbc;

	private volatile @Nullable Boolean postgres;

	NeedBulkRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new draft need, placed and checked.
	 */
	record NewNeed(long cycleId, String initiative, String measureCode, String partner, NeedContent content) {
	}

	/**
	 * Inserts the needs as drafts entered by {@code by} at {@code at}, each with its
	 * creation step, and returns their ids in the order given.
	 */
	List<Long> insertDrafts(List<NewNeed> needs, String by, Instant at) {
		List<Long> ids = new ArrayList<>(needs.size());
		Timestamp time = Timestamp.from(at);
		for (int from = 0; from < needs.size(); from += BATCH) {
			List<NewNeed> chunk = needs.subList(from, Math.min(from + BATCH, needs.size()));
			List<Long> chunkIds = isPostgres() ? insertWithReservedIds(chunk, by, time)
					: insertReturningIds(chunk, by, time);
			if (chunkIds.size() != chunk.size()) {
				throw new IllegalStateException(
						"The database returned " + chunkIds.size() + " keys for " + chunk.size() + " inserted needs.");
			}
			insertSteps(chunkIds, by, time);
			ids.addAll(chunkIds);
		}
		return ids;
	}

	private List<Long> insertWithReservedIds(List<NewNeed> chunk, String by, Timestamp time) {
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('need', 'id')) from generate_series(1, ?)", Long.class,
				chunk.size());
		for (int from = 0; from < chunk.size(); from += ROWS_PER_STATEMENT) {
			int to = Math.min(from + ROWS_PER_STATEMENT, chunk.size());
			int start = from;
			String sql = NEED_COLUMNS.formatted(", id")
					+ String.join(", ", Collections.nCopies(to - from, NEED_VALUES.formatted(", ?")));
			this.jdbc.update(sql, (ps) -> {
				for (int row = start; row < to; row++) {
					int offset = (row - start) * (NEED_PARAMETERS + 1);
					set(ps, offset, chunk.get(row), by, time);
					ps.setLong(offset + NEED_PARAMETERS + 1, ids.get(row));
				}
			});
		}
		return ids;
	}

	private List<Long> insertReturningIds(List<NewNeed> chunk, String by, Timestamp time) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT_NEED, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						set(ps, 0, chunk.get(i), by, time);
					}

					@Override
					public int getBatchSize() {
						return chunk.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(NeedBulkRepository::id).toList();
	}

	private void insertSteps(List<Long> ids, String by, Timestamp time) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			int to = Math.min(from + BATCH, ids.size());
			int start = from;
			String sql = INSERT_STEP + String.join(", ", Collections.nCopies(to - from, "(?, ?, ?, ?)"));
			this.jdbc.update(sql, (ps) -> {
				for (int row = start; row < to; row++) {
					int offset = (row - start) * 4;
					ps.setLong(offset + 1, ids.get(row));
					ps.setTimestamp(offset + 2, time);
					ps.setString(offset + 3, by);
					ps.setString(offset + 4, NeedStatus.DRAFT.name());
				}
			});
		}
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = Boolean.TRUE
				.equals(this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
					.getDatabaseProductName()
					.toLowerCase(Locale.ROOT)
					.contains("postgres")));
			this.postgres = known;
		}
		return known;
	}

	private static Long id(Map<String, Object> key) {
		Object value = key.containsKey("id") ? key.get("id") : key.get("ID");
		if (value == null && key.size() == 1) {
			value = key.values().iterator().next();
		}
		return ((Number) value).longValue();
	}

	private static void set(PreparedStatement ps, int offset, NewNeed need, String by, Timestamp at)
			throws SQLException {
		NeedContent content = need.content();
		String[] parts = need.measureCode().split("\\.");
		ps.setLong(offset + 1, need.cycleId());
		ps.setString(offset + 2, need.initiative());
		ps.setString(offset + 3, parts[0]);
		ps.setString(offset + 4, parts[0] + "." + parts[1]);
		ps.setString(offset + 5, need.measureCode());
		ps.setString(offset + 6, need.partner());
		ps.setString(offset + 7, content.title());
		ps.setString(offset + 8, content.description());
		ps.setString(offset + 9, content.type().name());
		ps.setString(offset + 10, content.perspective().name());
		ps.setString(offset + 11, content.priority().name());
		ps.setString(offset + 12, content.institution());
		ps.setBigDecimal(offset + 13, content.estimatedCostEur());
		ps.setString(offset + 14, (content.timeframe() == null) ? null : content.timeframe().name());
		ps.setObject(offset + 15, content.timeframeStart(), Types.DATE);
		ps.setObject(offset + 16, content.timeframeEnd(), Types.DATE);
		ps.setString(offset + 17, content.references().isEmpty() ? null : String.join("\n", content.references()));
		ps.setBoolean(offset + 18, content.restricted());
		ps.setString(offset + 19, NeedStatus.DRAFT.name());
		ps.setString(offset + 20, by);
		ps.setTimestamp(offset + 21, at);
		ps.setTimestamp(offset + 22, at);
	}

}
