package com.wbiisg.mapping.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something changed about how an account signs in: published in the transaction of the
 * change, so that the notice to the account's owner is decided with it. The owner always
 * hears of these, whatever their preferences: a change they did not make is how they
 * learn that someone else has their account.
 *
 * @param id this change, unique: the notice made of it is made once
 * @param accountId the account whose owner is told
 * @param change what changed
 * @param at when, in UTC
 * @param details what the notice says besides, by change: a token's name, scope and last
 * day, a passkey's name; nothing otherwise
 */
public record AccountSecurityChanged(UUID id, long accountId, Change change, Instant at, List<String> details) {

	public AccountSecurityChanged {
		details = List.copyOf(details);
	}

	public static AccountSecurityChanged of(long accountId, Change change, Instant at, String... details) {
		return new AccountSecurityChanged(UUID.randomUUID(), accountId, change, at, List.of(details));
	}

	/**
	 * What changed.
	 */
	public enum Change {

		/** The owner changed their own password. */
		PASSWORD_CHANGED,

		/** The Secretariat set a new password for the account. */
		PASSWORD_RESET,

		/** A personal access token was made for the account. */
		TOKEN_ISSUED,

		/** The Secretariat removed the account's second factors. */
		SECOND_FACTORS_RESET,

		/** A passkey was added to the account; its name. */
		PASSKEY_ADDED,

		/** A passkey was removed from the account; its name. */
		PASSKEY_REMOVED,

		/** An authenticator app was enrolled for the account. */
		AUTHENTICATOR_ADDED,

		/** The account's authenticator app was removed. */
		AUTHENTICATOR_REMOVED,

		/** New recovery codes were made for the account, in place of the earlier ones. */
		RECOVERY_CODES_RENEWED

	}

}
