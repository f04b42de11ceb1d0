package com.wbiisg.mapping.consultation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment as a thread shows it, with the replies to it, oldest first.
 */
public record ThreadComment(long id, String targetType, String targetId, @Nullable Long replyTo, String author,
		String text, Instant createdAt, boolean resolved, @Nullable String resolvedBy, @Nullable Instant resolvedAt,
		long version, List<ThreadComment> replies) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/**
	 * When the comment was posted, in UTC to the minute, as the pages show it.
	 */
	public String createdAtText() {
		return MINUTES.format(this.createdAt);
	}

	/**
	 * When the comment was marked resolved, in UTC to the minute, or an empty text.
	 */
	public String resolvedAtText() {
		return (this.resolvedAt == null) ? "" : MINUTES.format(this.resolvedAt);
	}

}
