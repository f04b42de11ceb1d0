package com.wbiisg.mapping.meetings;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * An agenda item as entered: a title, notes, and optionally the kind and id of a record
 * it is about.
 */
public record AgendaInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
		@MaxLength(MAX_NOTES) @Nullable String notes, @Nullable ReferenceKind referenceKind,
		@Nullable Long referenceId) {

	public static final int MAX_TITLE = 300;

	public static final int MAX_NOTES = 2000;

}
