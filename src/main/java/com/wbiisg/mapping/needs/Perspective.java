package com.wbiisg.mapping.needs;

/**
 * Whether a need serves the prevention or the response perspective (facts §2).
 */
public enum Perspective {

	PREVENTION, RESPONSE

}
