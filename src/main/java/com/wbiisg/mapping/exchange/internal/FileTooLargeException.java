package com.wbiisg.mapping.exchange.internal;

/**
 * An upload over the size limit of imports ({@code iisg.exchange.max-upload-size}).
 */
public class FileTooLargeException extends RuntimeException {

	FileTooLargeException(long limit) {
		super("The file is larger than " + limit / (1024 * 1024) + " MB, the most an import may be.");
	}

}
