package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.identity.TokenScope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token for the API. Only its SHA-256 hash is stored; the token itself
 * is shown once, when it is issued. It may only read or also write (its scope), and is
 * accepted up to its last day.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	static final Duration USE_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(nullable = false)
	private boolean revoked;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TokenScope scope;

	@Column(name = "expires_on", nullable = false, updatable = false)
	private LocalDate expiresOn;

	protected ApiToken() {
	}

	ApiToken(Long accountId, String name, String tokenHash, Instant createdAt, TokenScope scope, LocalDate expiresOn) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.scope = scope;
		this.expiresOn = expiresOn;
	}

	/**
	 * Notes a use, unless one was noted less than {@link #USE_PRECISION} before: a script
	 * calling the API many times a minute does not write to the database each time.
	 */
	void used(Instant at) {
		if (this.lastUsedAt == null || !at.isBefore(this.lastUsedAt.plus(USE_PRECISION))) {
			this.lastUsedAt = at;
		}
	}

	/**
	 * Whether the token is past its last day on {@code today} (UTC).
	 */
	boolean isExpired(LocalDate today) {
		return today.isAfter(this.expiresOn);
	}

	void revoke() {
		this.revoked = true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public boolean isRevoked() {
		return this.revoked;
	}

	public TokenScope getScope() {
		return this.scope;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

}
