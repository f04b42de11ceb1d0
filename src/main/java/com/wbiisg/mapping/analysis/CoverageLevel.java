package com.wbiisg.mapping.analysis;

/**
 * How far the active projects linked to a need cover it.
 */
public enum CoverageLevel {

	FULL, PARTIAL, NONE

}
