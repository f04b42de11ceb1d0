package com.wbiisg.mapping.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the pages show it.
 */
public record MailMessageView(long id, String kind, String recipientName, String recipientAddress, String subject,
		String textBody, String link, MailState state, int tries, Instant createdAt, Instant nextTryAt,
		@Nullable Instant sentAt, @Nullable String lastError) {

}
