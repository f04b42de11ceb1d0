package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.CopyRows;
import com.wbiisg.mapping.shared.DatabaseRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new draft needs and their first history step for imports, in as few round
 * trips as the database allows (the entity's identity key would make Hibernate insert
 * them one by one). On PostgreSQL the ids are taken from the identity's sequence in one
 * query, then the needs and their creation steps go with {@code COPY … FROM STDIN}: the
 * server reads the rows with the columns' input functions and writes a page of them at a
 * time, where an {@code insert … select … from unnest(…)} of arrays, used before, parsed
 * the arrays, then inserted and logged each row on its own (a third more of the server's
 * time for the same rows). Elsewhere (H2) a JDBC batch returns the keys. The SQL is built
 * from constants only.
 */
@Repository
class NeedBulkRepository {

	private static final int BATCH = 1000;

	/**
	 * Rows per copy on PostgreSQL: the import's progress moves after each.
	 */
	private static final int COPY_ROWS = 10_000;

	private static final String INSERT_NEED = """
			insert into need (cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, \
			title, description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String COPY_NEEDS = """
			copy need (id, cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, title, \
			description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version) from stdin""";

	private static final String COPY_STEPS = "copy need_transition (need_id, occurred_at, actor, to_status) from stdin";

	/**
	 * About how many characters a need's row takes in {@link #COPY_NEEDS}, besides its
	 * texts.
	 */
	private static final int ROW_CHARS = 160;

	private static final String INSERT_STEP = "insert into need_transition (need_id, occurred_at, actor, to_status) values ";

	private final JdbcTemplate jdbc;

	private final DatabaseRepository database;

	NeedBulkRepository(JdbcTemplate jdbc, DatabaseRepository database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * A new draft need, placed and checked.
	 */
	record NewNeed(long cycleId, String initiative, String measureCode, String partner, NeedContent content) {

		/**
		 * The measure's pillar: its code up to the first dot ({@code PRE} of
		 * {@code PRE.2.1}).
		 */
		String pillar() {
			int dot = this.measureCode.indexOf('.');
			return (dot < 0) ? this.measureCode : this.measureCode.substring(0, dot);
		}

		/**
		 * The measure's objective: its code up to the second dot ({@code PRE.2} of
		 * {@code PRE.2.1}).
		 */
		String objective() {
			int dot = this.measureCode.indexOf('.', this.measureCode.indexOf('.') + 1);
			return (dot < 0) ? this.measureCode : this.measureCode.substring(0, dot);
		}

		@Nullable String references() {
			return this.content.references().isEmpty() ? null : String.join("\n", this.content.references());
		}

		/**
		 * The facts of this need once inserted with that id, as {@link Need#toFact} reads
		 * them back (the cost with the two decimals of its column; the rules allow no
		 * more).
		 */
		NeedFact fact(long id) {
			BigDecimal cost = this.content.estimatedCostEur();
			return new NeedFact(id, this.cycleId, this.initiative, pillar(), objective(), this.measureCode,
					this.partner, this.content.title(), this.content.description(), this.content.priority(),
					NeedStatus.DRAFT, this.content.restricted(), (cost == null) ? null : cost.setScale(2));
		}

	}

	/**
	 * Inserts the needs as drafts entered by {@code by} at {@code at}, each with its
	 * creation step, and returns their ids in the order given.
	 * @param written told how many are inserted so far after each statement
	 */
	List<Long> insertDrafts(List<NewNeed> needs, String by, Instant at, IntConsumer written) {
		List<Long> ids = new ArrayList<>(needs.size());
		Timestamp time = Timestamp.from(at);
		boolean postgres = this.database.isPostgres();
		int chunkSize = postgres ? COPY_ROWS : BATCH;
		for (int from = 0; from < needs.size(); from += chunkSize) {
			List<NewNeed> chunk = needs.subList(from, Math.min(from + chunkSize, needs.size()));
			List<Long> chunkIds = postgres ? copy(chunk, by, at) : insertReturningIds(chunk, by, time);
			if (chunkIds.size() != chunk.size()) {
				throw new IllegalStateException(
						"The database returned " + chunkIds.size() + " keys for " + chunk.size() + " inserted needs.");
			}
			if (!postgres) {
				insertSteps(chunkIds, by, time);
			}
			ids.addAll(chunkIds);
			written.accept(ids.size());
		}
		return ids;
	}

	/**
	 * Copies the needs with ids taken from the sequence, then their creation steps.
	 */
	private List<Long> copy(List<NewNeed> chunk, String by, Instant at) {
		List<Long> ids = this.database.reserveIds("need", chunk.size());
		// put into words once: per row, it was a tenth of the copy's samples in a profile
		String time = at.toString();
		CopyRows needs = new CopyRows(chunk.size() * ROW_CHARS);
		CopyRows steps = new CopyRows(chunk.size() * 64);
		for (int i = 0; i < chunk.size(); i++) {
			NewNeed need = chunk.get(i);
			NeedContent content = need.content();
			long id = ids.get(i);
			needs.add(id)
				.add(need.cycleId())
				.add(need.initiative())
				.add(need.pillar())
				.add(need.objective())
				.add(need.measureCode())
				.add(need.partner())
				.add(content.title())
				.add(content.description())
				.add(content.type())
				.add(content.perspective())
				.add(content.priority())
				.add(content.institution())
				.add(content.estimatedCostEur())
				.add(content.timeframe())
				.add(content.timeframeStart())
				.add(content.timeframeEnd())
				.add(need.references())
				.add(content.restricted())
				.add(NeedStatus.DRAFT)
				.add(by)
				.add(time)
				.add(time)
				.add(0)
				.end();
			steps.add(id).add(time).add(by).add(NeedStatus.DRAFT).end();
		}
		this.database.copyIn(COPY_NEEDS, needs);
		this.database.copyIn(COPY_STEPS, steps);
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
