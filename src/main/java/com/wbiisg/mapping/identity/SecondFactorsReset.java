package com.wbiisg.mapping.identity;

/**
 * The Secretariat removed every second factor of an account (its authenticator app and
 * recovery codes); whoever keeps other factors of the account (the passkeys) removes them
 * too.
 */
public record SecondFactorsReset(long accountId, String username) {

}
