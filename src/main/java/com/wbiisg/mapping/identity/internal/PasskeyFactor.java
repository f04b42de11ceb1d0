package com.wbiisg.mapping.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The passkeys as a kind of second factor: an account that has one has enrolled a factor
 * ({@link SecondFactorRule}), and may sign in with it instead of an authenticator code.
 * Asked on every page request of an account that no role obliges to a second factor, so
 * it is one indexed query on Spring Security's tables (V24), not the repositories' two.
 */
@Component
class PasskeyFactor implements SecondFactorEnrolment {

	private final JdbcClient jdbc;

	PasskeyFactor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean enrolled(long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from account a
				  join user_entities u on u.name = a.username
				  join user_credentials c on c.user_entity_user_id = u.id
				 where a.id = ?)""").param(accountId).query(Boolean.class).single();
	}

}
