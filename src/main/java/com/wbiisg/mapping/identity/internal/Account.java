package com.wbiisg.mapping.identity.internal;

import java.time.Instant;

import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A user account: who may sign in, with which role, for which organisation and WB
 * partner.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "organisation_id")
	private @Nullable Long organisationId;

	@Column(name = "partner_code")
	private @Nullable String partnerCode;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String passwordHash, AccountData data, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		apply(data);
	}

	final void apply(AccountData data) {
		this.displayName = data.displayName();
		this.email = data.email();
		this.role = data.role();
		this.organisationId = data.organisationId();
		this.partnerCode = data.partnerCode();
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, this.organisationId,
				this.partnerCode);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public @Nullable String getPartnerCode() {
		return this.partnerCode;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
