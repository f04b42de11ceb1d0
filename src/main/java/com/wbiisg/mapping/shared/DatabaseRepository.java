package com.wbiisg.mapping.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The database itself: which one the platform runs on, PostgreSQL or the embedded H2, for
 * the few statements written for one of them, and the settings of a transaction.
 */
@Repository
public class DatabaseRepository {

	private static final String RESERVE_IDS = """
			select nextval(s.name::regclass) from pg_get_serial_sequence(?, 'id') as s(name), \
			generate_series(1, ?)""";

	private final JdbcTemplate jdbc;

	private volatile @Nullable Boolean postgres;

	DatabaseRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isPostgres() {
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

	/**
	 * Takes {@code count} ids from the sequence of the identity column {@code id} of the
	 * table, in one query, for rows inserted in bulk with their ids. The sequence's name
	 * is looked up once per query (once per row, the lookup took more than half of the
	 * query). PostgreSQL only.
	 */
	public List<Long> reserveIds(String table, int count) {
		return this.jdbc.queryForList(RESERVE_IDS, Long.class, table, count);
	}

	/**
	 * The id in the generated keys of one inserted row, as JDBC drivers name it.
	 */
	public static long generatedId(Map<String, Object> key) {
		Object value = key.containsKey("id") ? key.get("id") : key.get("ID");
		if (value == null && key.size() == 1) {
			value = key.values().iterator().next();
		}
		return ((Number) Objects.requireNonNull(value, "no generated id")).longValue();
	}

	/**
	 * Sends the rows to PostgreSQL with {@code COPY … FROM STDIN}, on the connection of
	 * the current transaction, and returns how many the server took. The server parses
	 * them with the columns' input functions and writes them a page at a time, where an
	 * {@code insert} of as many rows parses and writes each on its own. PostgreSQL only.
	 * @param copy the {@code copy <table> (<columns>) from stdin} statement, made of
	 * constants
	 */
	public long copyIn(String copy, CopyRows rows) {
		Long copied = this.jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, rows.reader());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return (copied != null) ? copied : 0;
	}

	/**
	 * Opens a {@code COPY … FROM STDIN} on the connection of the current transaction, to
	 * be fed rows while they are made. PostgreSQL only.
	 * @param copy the {@code copy <table> (<columns>) from stdin} statement, made of
	 * constants
	 */
	public CopyStream copyStream(String copy) {
		DataSource dataSource = Objects.requireNonNull(this.jdbc.getDataSource(), "no data source");
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new CopyStream(dataSource, connection,
					connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy),
					this.jdbc.getExceptionTranslator());
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw Objects.requireNonNull(this.jdbc.getExceptionTranslator().translate("COPY", copy, ex));
		}
	}

	/**
	 * Runs the statements with PostgreSQL planning each for its own values
	 * ({@code plan_cache_mode = force_custom_plan} for their time only). An import looks
	 * up each batch by lists of hundreds of keys in tables that its transaction fills.
	 * After five runs of the same statement PostgreSQL keeps a generic plan, made for the
	 * table as its statistics last saw it (often nearly empty): a sequential scan that
	 * compares every row with every key, 140 ms per batch of 500 at 7,000 projects and
	 * growing with the table. Planned for its values, the same lookup takes about a
	 * millisecond. Only the lookups: planning every statement so, the foreign key checks
	 * of the rows the import inserts would be planned row by row, which made the inserts
	 * two and a half times slower.
	 */
	public <T> T plannedForValues(Supplier<T> statements) {
		if (!isPostgres()) {
			return statements.get();
		}
		this.jdbc.execute("set local plan_cache_mode = force_custom_plan");
		try {
			return statements.get();
		}
		finally {
			this.jdbc.execute("set local plan_cache_mode = default");
		}
	}

}
