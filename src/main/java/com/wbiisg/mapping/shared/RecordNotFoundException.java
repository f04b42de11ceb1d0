package com.wbiisg.mapping.shared;

import java.util.Locale;

/**
 * A record that does not exist, or that the current user may not see: both answer 404.
 * Throw a {@link HiddenRecordException} for one that exists but is hidden, so that the
 * answer is audited.
 */
public class RecordNotFoundException extends RuntimeException {

	private final RecordType recordType;

	private final String recordId;

	public RecordNotFoundException(RecordType recordType, Object recordId) {
		super(text(recordType, recordId).english());
		this.recordType = recordType;
		this.recordId = String.valueOf(recordId);
	}

	/**
	 * Which record was not found, in the reader's language.
	 */
	public String message(Locale locale) {
		return text(this.recordType, this.recordId).in(locale);
	}

	private static UserText text(RecordType recordType, Object recordId) {
		return UserText.of("shared.notFound", recordType.name(), String.valueOf(recordId));
	}

	public RecordType recordType() {
		return this.recordType;
	}

	public String recordId() {
		return this.recordId;
	}

}
