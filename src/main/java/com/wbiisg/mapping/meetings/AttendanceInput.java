package com.wbiisg.mapping.meetings;

import org.jspecify.annotations.Nullable;

/**
 * One line of attendance as entered: an organisation, an account or a person's name (at
 * least one), and the part played.
 */
public record AttendanceInput(@Nullable Long organisationId, @Nullable Long accountId, @Nullable String personName,
		@Nullable String role) {
}
