package com.wbiisg.mapping.meetings;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item as entered: a title, notes, and optionally the kind and id of a record
 * it is about.
 */
public record AgendaInput(@Nullable String title, @Nullable String notes, @Nullable ReferenceKind referenceKind,
		@Nullable Long referenceId) {
}
