package com.wbiisg.mapping.shared;

/**
 * A request that clashes with the record's state: a stale version, a frozen record, an
 * illegal transition. Answers 409 and changes nothing.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

	/**
	 * The record was changed by someone else since the client read it.
	 */
	public static ConflictException staleVersion(String recordType, Object id, long expected, long actual) {
		return new ConflictException(recordType + " " + id + " was changed by someone else (your version " + expected
				+ ", current version " + actual + "). Reload it and apply your change again.");
	}

}
