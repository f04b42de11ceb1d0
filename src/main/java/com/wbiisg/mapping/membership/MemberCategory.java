package com.wbiisg.mapping.membership;

/**
 * The categories of the IISG membership methodology, plus observers who attend meetings.
 */
public enum MemberCategory {

	WB_PARTNER, EU_INSTITUTION, REGIONAL_ORGANISATION, MEMBER_STATE, INTERNATIONAL_ORGANISATION, EU_AGENCY, OBSERVER

}
