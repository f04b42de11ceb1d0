package com.wbiisg.mapping.meetings;

/**
 * What a decision of a meeting does. The adopting kinds and the admission change a record
 * of another module through its {@link DecisionTarget}; {@link #OTHER} records the
 * decision only.
 */
public enum DecisionKind {

	ADOPT_FRAMEWORK, ADOPT_REPORT, ADOPT_METHODOLOGY, ADMIT_MEMBER, OTHER;

	/**
	 * Whether the decision changes a target record when it is recorded.
	 */
	public boolean hasTarget() {
		return this != OTHER;
	}

}
