package com.wbiisg.mapping.meetings.internal.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The secret of one account's calendar feed. Only its SHA-256 hash is stored; the token
 * itself is shown once, when it is created or rotated.
 */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	protected FeedToken() {
	}

	public FeedToken(long accountId, String tokenHash, Instant at) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = at;
	}

	public void rotate(String newHash, Instant at) {
		this.tokenHash = newHash;
		this.createdAt = at;
		this.lastUsedAt = null;
	}

	public void used(Instant at) {
		this.lastUsedAt = at;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
