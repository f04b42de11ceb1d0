package com.wbiisg.mapping.needs;

/**
 * When a need should be met: short, medium or long term.
 */
public enum Timeframe {

	SHORT, MEDIUM, LONG

}
