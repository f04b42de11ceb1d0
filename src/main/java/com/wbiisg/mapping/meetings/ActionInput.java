package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action item as the Secretariat enters it from a meeting: what is to be done, by
 * which organisation and/or person, by when.
 */
public record ActionInput(@Nullable String text, @Nullable Long ownerOrganisationId, @Nullable Long ownerAccountId,
		@Nullable LocalDate dueOn) {
}
