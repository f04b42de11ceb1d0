package com.wbiisg.mapping.reporting;

/**
 * The two reports of the IISG process: the biennial Needs Mapping Report of a cycle, and
 * the annual Response Mapping Report of a reporting year.
 */
public enum ReportKind {

	NEEDS_MAPPING, RESPONSE_MAPPING

}
