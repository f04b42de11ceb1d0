package com.wbiisg.mapping.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Who attended a meeting: an organisation, a person with an account, a person named in
 * the minutes (most participants have no account), or a person of an organisation, with
 * the part they played, such as "chair".
 */
@Embeddable
public class Attendance {

	@Column(name = "organisation_id")
	private @Nullable Long organisationId;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "person_name")
	private @Nullable String personName;

	@Column(name = "attendance_role")
	private @Nullable String role;

	protected Attendance() {
	}

	public Attendance(@Nullable Long organisationId, @Nullable Long accountId, @Nullable String personName,
			@Nullable String role) {
		this.organisationId = organisationId;
		this.accountId = accountId;
		this.personName = personName;
		this.role = role;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public @Nullable Long getAccountId() {
		return this.accountId;
	}

	public @Nullable String getPersonName() {
		return this.personName;
	}

	public @Nullable String getRole() {
		return this.role;
	}

}
