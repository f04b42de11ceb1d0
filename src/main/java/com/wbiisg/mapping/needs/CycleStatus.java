package com.wbiisg.mapping.needs;

/**
 * A needs mapping cycle takes needs while it is open.
 */
public enum CycleStatus {

	OPEN, CLOSED

}
