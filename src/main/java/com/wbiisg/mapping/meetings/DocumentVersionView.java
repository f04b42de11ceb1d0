package com.wbiisg.mapping.meetings;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A version of a document with what the page shows of it and of the decision that adopted
 * it.
 */
public record DocumentVersionView(long id, int number, @Nullable String note, @Nullable String fileName,
		@Nullable String contentType, @Nullable Long size, @Nullable String sha256, @Nullable Long decisionId,
		@Nullable Long decisionMeetingId, @Nullable String decisionText, @Nullable LocalDate adoptedOn,
		String uploadedBy, Instant uploadedAt) {

	public boolean hasFile() {
		return this.fileName != null;
	}

}
