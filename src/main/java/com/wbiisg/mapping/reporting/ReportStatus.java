package com.wbiisg.mapping.reporting;

/**
 * Where a report draft stands: generated, discussed at a meeting, final, adopted by the
 * Board, published.
 */
public enum ReportStatus {

	DRAFT, DISCUSSED, FINAL, ADOPTED, PUBLISHED

}
