package com.wbiisg.mapping.shared;

/**
 * A record that does not exist, or that the current user may not see: both answer 404.
 * Throw a {@link HiddenRecordException} for one that exists but is hidden, so that the
 * answer is audited.
 */
public class RecordNotFoundException extends RuntimeException {

	private final String recordType;

	private final String recordId;

	public RecordNotFoundException(String recordType, Object recordId) {
		super(recordType + " " + recordId + " does not exist or is not visible to you.");
		this.recordType = recordType;
		this.recordId = String.valueOf(recordId);
	}

	public String recordType() {
		return this.recordType;
	}

	public String recordId() {
		return this.recordId;
	}

}
