package com.wbiisg.mapping.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second factors of the accounts: the encrypted TOTP secret with the last time step
 * accepted (table {@code totp_factor}) and the hashed recovery codes
 * ({@code recovery_code}). Spending a code is one conditional update, so that two nodes
 * accepting the same code at once cannot both succeed.
 */
@Repository
class SecondFactorRepository {

	private final JdbcClient jdbc;

	SecondFactorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> totpSecret(long accountId) {
		return this.jdbc.sql("select encrypted_secret from totp_factor where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	boolean hasTotp(long accountId) {
		return this.jdbc.sql("select count(*) from totp_factor where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single() > 0;
	}

	void saveTotp(long accountId, String encryptedSecret, long usedStep, Instant now) {
		this.jdbc.sql("delete from totp_factor where account_id = ?").param(accountId).update();
		this.jdbc.sql("""
				insert into totp_factor (account_id, encrypted_secret, last_used_step, enrolled_at) \
				values (?, ?, ?, ?)""").params(accountId, encryptedSecret, usedStep, Timestamp.from(now)).update();
	}

	/**
	 * Notes the step as used when it is later than the last one used.
	 * @return whether it was: false for a code of that step or an earlier one
	 */
	boolean useStep(long accountId, long step) {
		return this.jdbc.sql("update totp_factor set last_used_step = ? where account_id = ? and last_used_step < ?")
			.params(step, accountId, step)
			.update() == 1;
	}

	int deleteTotp(long accountId) {
		return this.jdbc.sql("delete from totp_factor where account_id = ?").param(accountId).update();
	}

	void replaceRecoveryCodes(long accountId, Collection<String> hashes, Instant now) {
		deleteRecoveryCodes(accountId);
		for (String hash : hashes) {
			this.jdbc.sql("insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)")
				.params(accountId, hash, Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Spends the unused recovery code of that hash.
	 * @return whether there was one
	 */
	boolean useRecoveryCode(long accountId, String hash, Instant now) {
		return this.jdbc.sql("""
				update recovery_code set used_at = ? \
				where account_id = ? and code_hash = ? and used_at is null""")
			.params(Timestamp.from(now), accountId, hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(long accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Long.class)
			.single()
			.intValue();
	}

	int deleteRecoveryCodes(long accountId) {
		return this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
	}

}
