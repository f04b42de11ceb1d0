package com.wbiisg.mapping.meetings;

/**
 * Where a meeting stands: proposed (a date named but not fixed, such as the Skopje
 * meeting of 5 May 2021), planned, held, postponed or cancelled.
 */
public enum MeetingStatus {

	PROPOSED, PLANNED, HELD, POSTPONED, CANCELLED

}
