package com.wbiisg.mapping.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs of failed sign-ins per user name and client address (table
 * {@code sign_in_throttle}); {@link #ANY_ACCOUNT} keys the runs of an address across user
 * names.
 */
@Repository
class SignInThrottleRepository {

	/**
	 * The key of an address's failures whatever the user name; no user name can be it.
	 */
	static final String ANY_ACCOUNT = "*";

	private final JdbcClient jdbc;

	SignInThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The end of the latest block, still running at {@code now}, of the user name or of
	 * every user name at the address.
	 */
	Optional<Instant> blockedUntil(String accountKey, String address, Instant now) {
		return this.jdbc.sql("""
				select max(blocked_until) from sign_in_throttle \
				where account_key in (?, ?) and address = ? and blocked_until > ?""")
			.params(accountKey, ANY_ACCOUNT, address, Timestamp.from(now))
			.query(SignInThrottleRepository::latest);
	}

	/**
	 * The latest block of the user name from any address still running at {@code now}.
	 */
	Optional<Instant> latestBlockOf(String accountKey, Instant now) {
		return this.jdbc
			.sql("select max(blocked_until) from sign_in_throttle where account_key = ? and blocked_until > ?")
			.params(accountKey, Timestamp.from(now))
			.query(SignInThrottleRepository::latest);
	}

	/**
	 * Counts one more failure, starting a new run when the last failure is older than
	 * {@code forgetBefore}, and answers the failures of the run. The update locks the row
	 * until the transaction ends, so that failures counted at once on several nodes all
	 * count.
	 * @return the failures of the run, or 0 when the row does not exist
	 */
	int countFailure(String accountKey, String address, Instant now, Instant forgetBefore) {
		int updated = this.jdbc.sql("""
				update sign_in_throttle set \
				failures = case when last_failure_at < ? then 1 else failures + 1 end, \
				blocked_until = case when last_failure_at < ? then null else blocked_until end, \
				last_failure_at = ? where account_key = ? and address = ?""")
			.params(Timestamp.from(forgetBefore), Timestamp.from(forgetBefore), Timestamp.from(now), accountKey,
					address)
			.update();
		if (updated == 0) {
			return 0;
		}
		return this.jdbc.sql("select failures from sign_in_throttle where account_key = ? and address = ?")
			.params(accountKey, address)
			.query(Integer.class)
			.single();
	}

	private static Optional<Instant> latest(ResultSet rs) throws SQLException {
		Timestamp latest = rs.next() ? rs.getTimestamp(1) : null;
		return Optional.ofNullable(latest).map(Timestamp::toInstant);
	}

	void insertFirstFailure(String accountKey, String address, Instant now) {
		this.jdbc.sql("""
				insert into sign_in_throttle (account_key, address, failures, last_failure_at) \
				values (?, ?, 1, ?)""").params(accountKey, address, Timestamp.from(now)).update();
	}

	void block(String accountKey, String address, Instant until) {
		this.jdbc.sql("update sign_in_throttle set blocked_until = ? where account_key = ? and address = ?")
			.params(Timestamp.from(until), accountKey, address)
			.update();
	}

	void forget(String accountKey, String address) {
		this.jdbc.sql("delete from sign_in_throttle where account_key = ? and address = ?")
			.params(accountKey, address)
			.update();
	}

	void forgetAccount(String accountKey) {
		this.jdbc.sql("delete from sign_in_throttle where account_key = ?").param(accountKey).update();
	}

	/**
	 * Deletes the runs whose last failure is older than {@code before} and that block no
	 * more, so that the table holds only what matters now.
	 */
	int deleteForgotten(Instant before, Instant now) {
		return this.jdbc.sql("""
				delete from sign_in_throttle where last_failure_at < ? \
				and (blocked_until is null or blocked_until < ?)""")
			.params(Timestamp.from(before), Timestamp.from(now))
			.update();
	}

}
