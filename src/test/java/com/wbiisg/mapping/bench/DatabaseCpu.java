package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time that the PostgreSQL server processes serving the benchmark's database
 * used, read from {@code /proc} (so only where the server runs on this machine, as
 * {@code IISG_TEST_PG_URL} at 127.0.0.1 does): the platform's own CPU time leaves out
 * what its statements cost the server, and on a machine shared with other databases the
 * server's total is not the benchmark's. A backend that ended between two readings is
 * missed; the platform's connection pool keeps its connections.
 */
final class DatabaseCpu implements AutoCloseable {

	private static final double TICKS_PER_SECOND = 100;

	private final Connection connection;

	private final Map<Long, Long> seen = new HashMap<>();

	private DatabaseCpu(Connection connection) {
		this.connection = connection;
	}

	/**
	 * A reader for the database of {@code IISG_TEST_PG_URL}, or null when the database is
	 * H2 or the server's processes cannot be read.
	 */
	static DatabaseCpu of(String database) {
		String url = System.getenv("IISG_TEST_PG_URL");
		if (!database.equals("postgres") || url == null || url.isBlank() || !Files.isDirectory(Path.of("/proc"))) {
			return null;
		}
		try {
			return new DatabaseCpu(
					DriverManager.getConnection(url, System.getenv().getOrDefault("IISG_TEST_PG_USER", "postgres"),
							System.getenv().getOrDefault("IISG_TEST_PG_PASSWORD", "")));
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/**
	 * The CPU seconds the database's other backends used since the last call (since they
	 * started, for backends not seen before).
	 */
	double seconds() throws SQLException {
		long ticks = 0;
		try (Statement statement = this.connection.createStatement();
				ResultSet backends = statement.executeQuery("select pid from pg_stat_activity "
						+ "where datname = current_database() and pid <> pg_backend_pid()")) {
			while (backends.next()) {
				long pid = backends.getLong(1);
				long now = ticks(pid);
				Long before = this.seen.put(pid, now);
				ticks += now - ((before == null) ? 0 : before);
			}
		}
		return ticks / TICKS_PER_SECOND;
	}

	/**
	 * User and system time of the process, in clock ticks: fields 14 and 15 of its
	 * {@code stat}, counted after the command's closing parenthesis.
	 */
	private static long ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
