package com.wbiisg.mapping.notifications.internal;

/**
 * A message to be kept in the outbox: its key (the same message is kept once), its kind,
 * its recipient, and what it says as text and as HTML.
 */
record MailDraft(String key, String kind, long accountId, String recipientAddress, String recipientName, String subject,
		String textBody, String htmlBody, String link) {

}
