package com.wbiisg.mapping.needs;

/**
 * The states of a need, from the partner's draft to the Board's adoption.
 */
public enum NeedStatus {

	DRAFT, SUBMITTED, RETURNED, VALIDATED, ADOPTED

}
