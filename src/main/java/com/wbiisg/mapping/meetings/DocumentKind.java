package com.wbiisg.mapping.meetings;

/**
 * The IISG products kept as versioned documents (facts §2): the methodologies, the Terms
 * of Reference and the templates.
 */
public enum DocumentKind {

	NEEDS_MAPPING_METHODOLOGY, MEMBERSHIP_METHODOLOGY, RESPONSE_MAPPING_METHODOLOGY, DATABASE_METHODOLOGY,
	SG_PROCEDURES_METHODOLOGY, TERMS_OF_REFERENCE, TEMPLATE, OTHER

}
