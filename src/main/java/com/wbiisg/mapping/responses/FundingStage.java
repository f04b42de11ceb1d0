package com.wbiisg.mapping.responses;

/**
 * How far an amount of a project's funding has come: promised, contractually committed,
 * or paid out.
 */
public enum FundingStage {

	PLEDGED, COMMITTED, DISBURSED

}
