package com.wbiisg.mapping.shared;

import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database the platform runs on, and on PostgreSQL the lookups of an import planned
 * for their values, and nothing after them.
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

}
