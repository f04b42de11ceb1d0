package com.wbiisg.mapping.responses;

/**
 * How much of a need a project addresses.
 */
public enum Coverage {

	FULL, PARTIAL

}
