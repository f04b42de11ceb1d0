package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.shared.CopyRows;
import com.wbiisg.mapping.shared.DatabaseRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts many rows of one table in few round trips. On PostgreSQL up to
 * {@link #COPY_ROWS} rows go in one {@code COPY … FROM STDIN}, which the server parses
 * and writes a page at a time; elsewhere (H2) a JDBC batch. Table and column names come
 * from constants of the callers, never from input; values are always bound or copied as
 * data.
 */
@Repository
class BulkRowRepository {

	private static final int COPY_ROWS = 10_000;

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final DatabaseRepository database;

	BulkRowRepository(JdbcTemplate jdbc, DatabaseRepository database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * A column: its name and SQL type ({@code bigint}, {@code integer}, {@code varchar},
	 * {@code numeric}, {@code date}, {@code boolean}, {@code timestamptz}).
	 */
	record Column(String name, String type) {
	}

	/**
	 * Inserts the rows, each an array of values in the order of the columns.
	 */
	void insert(String table, List<Column> columns, List<@Nullable Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String names = String.join(", ", columns.stream().map(Column::name).toList());
		if (this.database.isPostgres()) {
			String copy = "copy " + table + " (" + names + ") from stdin";
			for (int from = 0; from < rows.size(); from += COPY_ROWS) {
				List<@Nullable Object[]> chunk = rows.subList(from, Math.min(from + COPY_ROWS, rows.size()));
				CopyRows copied = new CopyRows(chunk.size() * columns.size() * 24);
				for (Object[] row : chunk) {
					for (int c = 0; c < columns.size(); c++) {
						copied.add(row[c]);
					}
					copied.end();
				}
				this.database.copyIn(copy, copied);
			}
		}
		else {
			String sql = "insert into " + table + " (" + names + ") values ("
					+ String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
			this.jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> set(ps, columns, row));
		}
	}

	/**
	 * Inserts rows into a table whose {@code id} is an identity, and answers the ids
	 * given to them in their order: on PostgreSQL taken from the identity's sequence
	 * first, on H2 returned by the batch.
	 */
	List<Long> insertWithIds(String table, List<Column> columns, List<@Nullable Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		if (this.database.isPostgres()) {
			List<Long> ids = this.database.reserveIds(table, rows.size());
			List<Column> withId = new java.util.ArrayList<>(columns.size() + 1);
			withId.add(new Column("id", "bigint"));
			withId.addAll(columns);
			List<@Nullable Object[]> identified = new java.util.ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				Object[] row = new Object[columns.size() + 1];
				row[0] = ids.get(i);
				System.arraycopy(rows.get(i), 0, row, 1, columns.size());
				identified.add(row);
			}
			insert(table, withId, identified);
			return ids;
		}
		String sql = "insert into " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList())
				+ ") values (" + String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
		List<Long> ids = new java.util.ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<@Nullable Object[]> chunk = rows.subList(from, Math.min(from + BATCH, rows.size()));
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate((connection) -> connection.prepareStatement(sql, new String[] { "id" }),
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							set(ps, columns, chunk.get(i));
						}

						@Override
						public int getBatchSize() {
							return chunk.size();
						}
					}, keys);
			keys.getKeyList().forEach((key) -> ids.add(DatabaseRepository.generatedId(key)));
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException(
					"The database returned " + ids.size() + " keys for " + rows.size() + " rows of " + table + ".");
		}
		return ids;
	}

	private static void set(PreparedStatement ps, List<Column> columns, @Nullable Object[] row) throws SQLException {
		for (int c = 0; c < columns.size(); c++) {
			Object value = row[c];
			int index = c + 1;
			switch (columns.get(c).type()) {
				case "bigint" -> ps.setObject(index, value, Types.BIGINT);
				case "integer" -> ps.setObject(index, value, Types.INTEGER);
				case "numeric" -> ps.setObject(index, value, Types.NUMERIC);
				case "date" -> ps.setObject(index, value, Types.DATE);
				case "boolean" -> ps.setObject(index, value, Types.BOOLEAN);
				case "timestamptz" -> ps.setTimestamp(index, (value == null) ? null : Timestamp.from((Instant) value));
				default -> ps.setString(index, (value == null) ? null : text(value));
			}
		}
	}

	private static String text(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		if (value instanceof LocalDate || value instanceof Instant) {
			return value.toString();
		}
		return value.toString();
	}

}
