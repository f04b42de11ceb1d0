package com.wbiisg.mapping.identity;

/**
 * The roles of DESIGN.md §2. A pillar lead is a partner focal point whose organisation
 * leads a working group; it is not a role of its own.
 */
public enum Role {

	SECRETARIAT, BOARD, BENEFICIARY_FOCAL_POINT, PARTNER_FOCAL_POINT, OBSERVER;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether accounts of this role are tied to one WB partner.
	 */
	public boolean needsPartner() {
		return this == BENEFICIARY_FOCAL_POINT;
	}

	/**
	 * Whether accounts of this role act for one member organisation.
	 */
	public boolean needsOrganisation() {
		return this == PARTNER_FOCAL_POINT || this == BENEFICIARY_FOCAL_POINT;
	}

}
