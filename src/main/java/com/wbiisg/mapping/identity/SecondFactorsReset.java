package com.wbiisg.mapping.identity;

/**
 * The Secretariat reset the second factors of an account (issue 19): the user enrols them
 * again. Every factor kept for the account reacts by removing what it holds for it; the
 * passkeys do so in {@code PasskeyChanges}.
 *
 * @param username the user name of the account whose factors were reset
 */
public record SecondFactorsReset(String username) {

}
