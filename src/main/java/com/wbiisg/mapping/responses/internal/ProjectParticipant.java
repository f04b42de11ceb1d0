package com.wbiisg.mapping.responses.internal;

import com.wbiisg.mapping.responses.OrganisationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organisation taking part in a project in one IATI role.
 */
@Embeddable
class ProjectParticipant {

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "org_role", nullable = false)
	private OrganisationRole role;

	protected ProjectParticipant() {
	}

	ProjectParticipant(long organisationId, OrganisationRole role) {
		this.organisationId = organisationId;
		this.role = role;
	}

	long organisationId() {
		return this.organisationId;
	}

	OrganisationRole role() {
		return this.role;
	}

}
