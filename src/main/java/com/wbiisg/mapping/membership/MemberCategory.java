package com.wbiisg.mapping.membership;

/**
 * The categories of the IISG membership methodology, plus observers who attend meetings
 * and organisations that are not members but fund or implement projects.
 */
public enum MemberCategory {

	WB_PARTNER, EU_INSTITUTION, REGIONAL_ORGANISATION, MEMBER_STATE, INTERNATIONAL_ORGANISATION, EU_AGENCY, OBSERVER,
	NON_MEMBER;

	/**
	 * Whether organisations of this category support the WB partners and report their
	 * projects in the annual response mapping.
	 */
	public boolean isSupportingMember() {
		return this != WB_PARTNER && this != OBSERVER && this != NON_MEMBER;
	}

}
