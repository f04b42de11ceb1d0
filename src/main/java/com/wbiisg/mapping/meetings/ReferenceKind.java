package com.wbiisg.mapping.meetings;

/**
 * What an agenda item may point at: a framework version, a needs mapping cycle, a need, a
 * report draft (once the reporting module exists) or a methodology version.
 */
public enum ReferenceKind {

	FRAMEWORK_VERSION, CYCLE, NEED, REPORT_DRAFT, METHODOLOGY

}
