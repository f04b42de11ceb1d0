package com.wbiisg.mapping.exchange.internal;

/**
 * A file that cannot be imported at all, with a message for the uploader that says what
 * is wrong and where.
 */
public class ImportRejected extends RuntimeException {

	public ImportRejected(String message) {
		super(message);
	}

	public ImportRejected(String message, Throwable cause) {
		super(message, cause);
	}

}
