package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The database's own refusals, provoked on the real database (H2 or PostgreSQL), are told
 * apart: only a unique key is a duplicate, a value the database cannot take is invalid
 * input.
 */
@IntegrationTest
class DatabaseRefusalIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void createProbe() {
		this.jdbc.execute("create table refusal_probe (id int primary key, name varchar(5) not null, "
				+ "parent_id int references refusal_probe (id), amount numeric(4, 0))");
		this.jdbc.update("insert into refusal_probe (id, name) values (1, 'one')");
	}

	@AfterEach
	void dropProbe() {
		this.jdbc.execute("drop table refusal_probe");
	}

	@Test
	void callsOnlyAUniqueKeyADuplicate() {
		assertThat(refusal("insert into refusal_probe (id, name) values (1, 'again')"))
			.isEqualTo(DatabaseRefusal.DUPLICATE);
		assertThat(DatabaseRefusal.DUPLICATE.detail().english()).contains("same key");
	}

	@Test
	void callsAMissingReferenceInUseNotADuplicate() {
		assertThat(refusal("insert into refusal_probe (id, name, parent_id) values (2, 'two', 99)"))
			.isEqualTo(DatabaseRefusal.IN_USE);
		this.jdbc.update("insert into refusal_probe (id, name, parent_id) values (2, 'two', 1)");
		assertThat(refusal("delete from refusal_probe where id = 1")).isEqualTo(DatabaseRefusal.IN_USE);
	}

	@Test
	void callsAValueTheDatabaseCannotTakeInvalidInput() {
		assertThat(refusal("insert into refusal_probe (id, name) values (3, 'far too long')"))
			.isEqualTo(DatabaseRefusal.BAD_VALUE);
		assertThat(refusal("insert into refusal_probe (id, name, amount) values (3, 'x', 123456)"))
			.isEqualTo(DatabaseRefusal.BAD_VALUE);
		assertThat(refusal("insert into refusal_probe (id, name) values (3, null)"))
			.isEqualTo(DatabaseRefusal.MISSING_VALUE);
		assertThat(DatabaseRefusal.BAD_VALUE.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(DatabaseRefusal.BAD_VALUE.detail().english()).doesNotContain("duplicate");
	}

	@Test
	void callsANulCharacterOnPostgresqlInvalidInput() {
		if (!TestDatabase.isPostgresRun()) {
			return;
		}
		DataIntegrityViolationException error = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.update("insert into refusal_probe (id, name) values (4, ?)", "a\u0000b"));
		assertThat(DatabaseRefusal.of(error)).isEqualTo(DatabaseRefusal.BAD_VALUE);
	}

	private DatabaseRefusal refusal(String sql) {
		DataIntegrityViolationException error = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.update(sql));
		assertThat(error).as("the database refuses: %s", sql).isNotNull();
		return DatabaseRefusal.of(error);
	}

}
