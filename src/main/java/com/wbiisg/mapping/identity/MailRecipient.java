package com.wbiisg.mapping.identity;

/**
 * Where the mail for an account goes: its address and the name to greet it by.
 */
public record MailRecipient(long accountId, String username, String displayName, String email, boolean enabled) {

}
