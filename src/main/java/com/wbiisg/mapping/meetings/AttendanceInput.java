package com.wbiisg.mapping.meetings;

import com.wbiisg.mapping.shared.validation.MaxLength;
import org.jspecify.annotations.Nullable;

/**
 * One line of attendance as entered: an organisation, an account or a person's name (at
 * least one), and the part played.
 */
public record AttendanceInput(@Nullable Long organisationId, @Nullable Long accountId,
		@MaxLength(MAX_PERSON_NAME) @Nullable String personName, @MaxLength(MAX_ROLE) @Nullable String role) {

	public static final int MAX_PERSON_NAME = 200;

	public static final int MAX_ROLE = 200;

}
