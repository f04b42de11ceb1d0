package com.wbiisg.mapping.responses.internal;

import java.util.Set;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.ProjectAudience;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at projects, and what that allows (DESIGN.md §2): members read the
 * projects, a beneficiary focal point those that benefit its partner or the whole region;
 * a partner focal point changes the projects its organisation reports, the Secretariat
 * every project.
 */
record ProjectViewer(String username, Role role, @Nullable Long organisationId, @Nullable String partner) {

	boolean canSee(Project project) {
		return audience().canSee(project.getPartners());
	}

	/**
	 * The same rule as a value for other modules.
	 */
	ProjectAudience audience() {
		return switch (this.role) {
			case SECRETARIAT, BOARD, PARTNER_FOCAL_POINT -> new ProjectAudience(true, Set.of());
			case BENEFICIARY_FOCAL_POINT -> new ProjectAudience(false,
					(this.partner == null) ? Set.of(Partner.REGIONAL) : Set.of(this.partner, Partner.REGIONAL));
			case OBSERVER -> new ProjectAudience(false, Set.of());
		};
	}

	boolean canEdit(Project project) {
		return canEditReportedBy(project.getReportingOrganisationId());
	}

	/**
	 * Whether this viewer may change a project that the organisation reports.
	 */
	boolean canEditReportedBy(long reportingOrganisationId) {
		return this.role == Role.SECRETARIAT || (this.role == Role.PARTNER_FOCAL_POINT && this.organisationId != null
				&& this.organisationId == reportingOrganisationId);
	}

	/**
	 * Whether this viewer enters projects at all.
	 */
	boolean entersProjects() {
		return this.role == Role.SECRETARIAT || (this.role == Role.PARTNER_FOCAL_POINT && this.organisationId != null);
	}

}
