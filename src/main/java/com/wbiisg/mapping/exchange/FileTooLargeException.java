package com.wbiisg.mapping.exchange;

import com.wbiisg.mapping.shared.UserText;

/**
 * An upload over the size limit of imports ({@code iisg.exchange.max-upload-size}).
 */
public class FileTooLargeException extends RuntimeException {

	private final UserText text;

	/**
	 * @param limit the largest upload accepted, in bytes
	 */
	public FileTooLargeException(long limit) {
		this(UserText.of("exchange.import.fileTooLarge", limit / (1024 * 1024)));
	}

	private FileTooLargeException(UserText text) {
		super(text.english());
		this.text = text;
	}

	/**
	 * Why, as a text of the bundles.
	 */
	public UserText text() {
		return this.text;
	}

}
