package com.wbiisg.mapping.needs;

/**
 * How urgent the partner considers a need.
 */
public enum Priority {

	HIGH, MEDIUM, LOW

}
