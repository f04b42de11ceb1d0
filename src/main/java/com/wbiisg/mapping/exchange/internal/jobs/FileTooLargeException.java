package com.wbiisg.mapping.exchange.internal.jobs;

/**
 * An upload over the size limit of imports ({@code iisg.exchange.max-upload-size}).
 */
public class FileTooLargeException extends RuntimeException {

	FileTooLargeException(long limit) {
		super("The file is larger than " + limit / (1024 * 1024) + " MB, the most an import may be. An administrator "
				+ "raises the limit with the setting iisg.exchange.max-upload-size (and spring.servlet.multipart."
				+ "max-file-size and max-request-size at least as large; for IATI files also "
				+ "iisg.exchange.iati.max-file-size).");
	}

}
