package com.wbiisg.mapping.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the test database. The build's default test run uses the in-memory H2 of the
 * {@code test} profile; its {@code postgres} run (system property
 * {@code iisg.test.database=postgres}) points every Spring test at a real PostgreSQL,
 * emptied once at the start of the run. Where that database cannot be reached, the
 * PostgreSQL run is skipped with a message, except under {@code CI=true}, where it must
 * run.
 *
 * <p>
 * Connection settings come from {@code IISG_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/iisg_test}), {@code IISG_TEST_PG_USER} (default
 * {@code postgres}) and {@code IISG_TEST_PG_PASSWORD} (default empty).
 */
public class TestDatabase implements ExecutionCondition {

	private static final String URL = env("IISG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/iisg_test");

	private static final String USER = env("IISG_TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("IISG_TEST_PG_PASSWORD", "");

	private static volatile ConditionEvaluationResult decision;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!isPostgresRun()) {
			return ConditionEvaluationResult.enabled("H2 run");
		}
		return prepare();
	}

	public static boolean isPostgresRun() {
		return "postgres".equals(System.getProperty("iisg.test.database"));
	}

	private static synchronized ConditionEvaluationResult prepare() {
		if (decision != null) {
			return decision;
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
			System.setProperty("spring.datasource.url", URL);
			System.setProperty("spring.datasource.username", USER);
			System.setProperty("spring.datasource.password", PASSWORD);
			// Spring keeps up to 32 test contexts, each with its pool: on PostgreSQL a
			// pool keeps
			// one idle connection, not ten, and gives back the others after 10 s, so that
			// the
			// run stays within the server's 100 connections. Not on H2: there the
			// connection
			// that created the tables must stay open, or their check constraints fail
			// with
			// "database has been closed" (H2 2.4).
			System.setProperty("spring.datasource.hikari.minimum-idle", "1");
			System.setProperty("spring.datasource.hikari.idle-timeout", "10000");
			System.out.println("PostgreSQL test run on " + URL + " as " + USER + " (schema emptied)");
			decision = ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(
						"CI=true but PostgreSQL is not reachable at " + URL + " as " + USER + ": " + ex.getMessage(),
						ex);
			}
			String message = "Skipping the PostgreSQL test run: no PostgreSQL at " + URL + " as " + USER + " ("
					+ ex.getMessage() + "). See the README to run it locally.";
			System.out.println(message);
			decision = ConditionEvaluationResult.disabled(message);
		}
		return decision;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
