package com.wbiisg.mapping.responses.internal;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Partner;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at projects, and what that allows (DESIGN.md §2): members read the
 * projects, a beneficiary focal point those that benefit its partner or the whole region;
 * a partner focal point changes the projects its organisation reports, the Secretariat
 * every project.
 */
record ProjectViewer(String username, Role role, @Nullable Long organisationId, @Nullable String partner) {

	boolean canSee(Project project) {
		return switch (this.role) {
			case SECRETARIAT, BOARD, PARTNER_FOCAL_POINT -> true;
			case BENEFICIARY_FOCAL_POINT ->
				project.getPartners().contains(this.partner) || project.getPartners().contains(Partner.REGIONAL);
			case OBSERVER -> false;
		};
	}

	boolean canEdit(Project project) {
		return this.role == Role.SECRETARIAT || (this.role == Role.PARTNER_FOCAL_POINT && this.organisationId != null
				&& this.organisationId == project.getReportingOrganisationId());
	}

	/**
	 * Whether this viewer enters projects at all.
	 */
	boolean entersProjects() {
		return this.role == Role.SECRETARIAT || (this.role == Role.PARTNER_FOCAL_POINT && this.organisationId != null);
	}

}
