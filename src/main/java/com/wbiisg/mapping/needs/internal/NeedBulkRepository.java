package com.wbiisg.mapping.needs.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.needs.NeedStatus;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new draft needs and their first history step in JDBC batches, for imports:
 * one round trip per batch instead of one per need (the entity's identity key would make
 * Hibernate insert them one by one).
 */
@Repository
class NeedBulkRepository {

	private static final int BATCH = 1000;

	private static final String INSERT_NEED = """
			insert into need (cycle_id, initiative_code, pillar_code, objective_code, measure_code, partner_code, \
			title, description, need_type, perspective, priority, institution, estimated_cost_eur, timeframe, \
			timeframe_start, timeframe_end, reference_tags, restricted, status, created_by, created_at, updated_at, \
			version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcTemplate jdbc;

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
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT_NEED, new String[] { "id" }),
					new NeedSetter(chunk, by, time), keys);
			List<Long> chunkIds = keys.getKeyList().stream().map(NeedBulkRepository::id).toList();
			if (chunkIds.size() != chunk.size()) {
				throw new IllegalStateException(
						"The database returned " + chunkIds.size() + " keys for " + chunk.size() + " inserted needs.");
			}
			List<Object[]> steps = new ArrayList<>(chunk.size());
			chunkIds.forEach((id) -> steps.add(new Object[] { id, time, by, NeedStatus.DRAFT.name() }));
			this.jdbc.batchUpdate(
					"insert into need_transition (need_id, occurred_at, actor, to_status) values (?, ?, ?, ?)", steps);
			ids.addAll(chunkIds);
		}
		return ids;
	}

	private static Long id(Map<String, Object> key) {
		Object value = key.containsKey("id") ? key.get("id") : key.get("ID");
		if (value == null && key.size() == 1) {
			value = key.values().iterator().next();
		}
		return ((Number) value).longValue();
	}

	private record NeedSetter(List<NewNeed> needs, String by, Timestamp at) implements BatchPreparedStatementSetter {

		@Override
		public void setValues(PreparedStatement ps, int i) throws SQLException {
			NewNeed need = this.needs.get(i);
			NeedContent content = need.content();
			String[] parts = need.measureCode().split("\\.");
			ps.setLong(1, need.cycleId());
			ps.setString(2, need.initiative());
			ps.setString(3, parts[0]);
			ps.setString(4, parts[0] + "." + parts[1]);
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
			ps.setString(17, content.references().isEmpty() ? null : String.join("\n", content.references()));
			ps.setBoolean(18, content.restricted());
			ps.setString(19, NeedStatus.DRAFT.name());
			ps.setString(20, this.by);
			ps.setTimestamp(21, this.at);
			ps.setTimestamp(22, this.at);
		}

		@Override
		public int getBatchSize() {
			return this.needs.size();
		}

	}

}
