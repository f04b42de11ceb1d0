package com.wbiisg.mapping.needs;

/**
 * The kinds of need the IISG methodology distinguishes (facts §2).
 */
public enum NeedType {

	LEGISLATIVE, INSTITUTIONAL, OPERATIONAL

}
