package com.wbiisg.mapping.reporting;

/**
 * A step of a report draft on its way to publication: discussed at a meeting, made final,
 * adopted by the Board, published.
 */
public enum ReportAction {

	DISCUSS, FINALISE, ADOPT, PUBLISH

}
