package com.wbiisg.mapping.meetings;

/**
 * Where an action item stands: open until its owner has done it or the meeting's
 * Secretariat drops it.
 */
public enum ActionStatus {

	OPEN, DONE, DROPPED

}
