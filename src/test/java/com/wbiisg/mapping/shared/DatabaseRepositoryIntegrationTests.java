package com.wbiisg.mapping.shared;

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
 * The database the platform runs on, and the plans of an import's transaction on
 * PostgreSQL: planned for their values in that transaction only.
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
	void plansForValuesOnlyInTheTransactionThatAsks() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		if (!this.database.isPostgres()) {
			// H2 has no plan cache to steer: the call is a no-op, also in a read-only
			// transaction
			transaction.setReadOnly(true);
			transaction.executeWithoutResult((status) -> this.database.planForValuesInThisTransaction());
			return;
		}
		String within = transaction.execute((status) -> {
			this.database.planForValuesInThisTransaction();
			return this.jdbc.queryForObject("show plan_cache_mode", String.class);
		});
		assertThat(within).isEqualTo("force_custom_plan");
		String after = transaction.execute((status) -> this.jdbc.queryForObject("show plan_cache_mode", String.class));
		assertThat(after).isEqualTo("auto");
	}

}
