package com.wbiisg.mapping.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the platform asks of Spring Security's passkey tables (V24) itself, beside
 * Spring's own repositories of them.
 */
@Repository
class PasskeyRepository {

	private final JdbcClient jdbc;

	PasskeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the account has a passkey: one indexed query, where Spring's repositories
	 * take two.
	 */
	boolean anyOf(long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from account a
				  join user_entities u on u.name = a.username
				  join user_credentials c on c.user_entity_user_id = u.id
				 where a.id = ?)""").param(accountId).query(Boolean.class).single();
	}

}
