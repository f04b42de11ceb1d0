package com.wbiisg.mapping.shared;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database the platform runs on, and on PostgreSQL the lookups of an import planned
 * for their values, and nothing after them, and the rows it copies in as they were given.
 */
@IntegrationTest
class DatabaseRepositoryIntegrationTests {

	@Autowired
	DatabaseRepository database;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void knowsWhichDatabaseItRunsOn() {
		String product = this.jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		assertThat(this.database.isPostgres()).isEqualTo(product.toLowerCase(Locale.ROOT).contains("postgres"));
	}

	@Test
	void plansForTheirValuesOnlyTheStatementsItIsGiven() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		if (!this.database.isPostgres()) {
			// H2 has no plan cache to steer: the statements just run
			Integer answer = transaction.execute((status) -> this.database
				.plannedForValues(() -> this.jdbc.queryForObject("select 41 + 1", Integer.class)));
			assertThat(answer).isEqualTo(42);
			return;
		}
		List<String> modes = transaction.execute((status) -> {
			String given = this.database
				.plannedForValues(() -> this.jdbc.queryForObject("show plan_cache_mode", String.class));
			return List.of(given, this.jdbc.queryForObject("show plan_cache_mode", String.class));
		});
		assertThat(modes).containsExactly("force_custom_plan", "auto");
	}

	@Test
	void copiesRowsInAsTheyWereGiven() {
		Assumptions.assumeTrue(this.database.isPostgres(), "COPY is PostgreSQL's");
		String awkward = "tab\there, line\nbreak, return\r, back\\slash \\N, \"quoted\", Ünïcödé ✓";
		Instant at = Instant.parse("2026-12-07T17:09:16.123456Z");
		CopyRows rows = new CopyRows(100).add(1)
			.add(awkward)
			.add(null)
			.add(new BigDecimal("1E+3"))
			.add(true)
			.add(LocalDate.of(2027, 2, 28))
			.add(at)
			.add(Thread.State.NEW)
			.end()
			.add(2)
			.add("")
			.add("\\N")
			.add(null)
			.add(false)
			.add(null)
			.add(null)
			.add(null)
			.end();

		List<Map<String, Object>> stored = new TransactionTemplate(this.transactions).execute((status) -> {
			this.jdbc.execute("""
					create temporary table copy_probe (id bigint, text varchar(200), other varchar(10), \
					amount numeric(15, 2), flag boolean, day date, at timestamp with time zone, state varchar(10)) \
					on commit drop""");
			long copied = this.database.copyIn("copy copy_probe from stdin", rows);
			assertThat(copied).isEqualTo(2);
			return this.jdbc.queryForList("select * from copy_probe order by id");
		});

		assertThat(rows.rows()).isEqualTo(2);
		assertThat(stored.get(0)).containsEntry("text", awkward)
			.containsEntry("other", null)
			.containsEntry("amount", new BigDecimal("1000.00"))
			.containsEntry("flag", true)
			.containsEntry("state", "NEW");
		assertThat(stored.get(0).get("day")).hasToString("2027-02-28");
		assertThat(((Timestamp) stored.get(0).get("at")).toInstant()).isEqualTo(at);
		assertThat(stored.get(1)).containsEntry("text", "").containsEntry("other", "\\N").containsEntry("flag", false);
	}

	@Test
	void streamsRowsSentInLotsWhileTheyAreMade() {
		Assumptions.assumeTrue(this.database.isPostgres(), "COPY is PostgreSQL's");
		List<Map<String, Object>> stored = new TransactionTemplate(this.transactions).execute((status) -> {
			this.jdbc.execute("create temporary table copy_lots (id bigint, text varchar(20)) on commit drop");
			CopyRows rows = new CopyRows(100);
			long copied;
			try (CopyStream copy = this.database.copyStream("copy copy_lots from stdin")) {
				for (int lot = 0; lot < 3; lot++) {
					rows.add(lot * 2).add("Ünïcödé " + lot).end().add(lot * 2 + 1).add(null).end();
					copy.send(rows);
					assertThat(rows.length()).isZero();
				}
				copied = copy.end();
			}
			assertThat(copied).isEqualTo(6);
			return this.jdbc.queryForList("select * from copy_lots order by id");
		});

		assertThat(stored).extracting((row) -> row.get("id")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
		assertThat(stored.get(4)).containsEntry("text", "Ünïcödé 2");
		assertThat(stored.get(5)).containsEntry("text", null);
	}

	@Test
	void keepsNoRowOfACopyClosedBeforeItsEnd() {
		Assumptions.assumeTrue(this.database.isPostgres(), "COPY is PostgreSQL's");
		this.jdbc.execute("create table if not exists copy_cancelled (id bigint)");
		try {
			assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				try (CopyStream copy = this.database.copyStream("copy copy_cancelled from stdin")) {
					copy.send(new CopyRows(10).add(1).end());
					throw new IllegalStateException("a row had a problem");
				}
			})).hasMessage("a row had a problem");

			assertThat(this.jdbc.queryForObject("select count(*) from copy_cancelled", Long.class)).isZero();
			assertThat(this.jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop table copy_cancelled");
		}
	}

}
