package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * An action item as the Secretariat enters it from a meeting: what is to be done, by
 * which organisation and/or person, by when.
 */
public record ActionInput(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TEXT) @Nullable String text,
		@Nullable Long ownerOrganisationId, @Nullable Long ownerAccountId, @Nullable LocalDate dueOn) {

	public static final int MAX_TEXT = 1000;

}
