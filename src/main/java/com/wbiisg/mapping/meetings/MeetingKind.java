package com.wbiisg.mapping.meetings;

/**
 * The kinds of IISG meetings (facts §1): the Board, a pillar Support Group (the "Regional
 * Pillar Support Group"), a cross-cutting Support Group, a national meeting, or another
 * meeting.
 */
public enum MeetingKind {

	BOARD, PILLAR_SG, CROSS_CUTTING_SG, NATIONAL, OTHER

}
