package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action item of a meeting with its owners' names; {@code overdue} when it is still
 * open after its due date, {@code daysLeft} until the due date (negative when overdue).
 */
public record ActionItemView(long id, long meetingId, String meeting, String text, @Nullable Long ownerOrganisationId,
		@Nullable String ownerOrganisation, @Nullable Long ownerAccountId, @Nullable String ownerName,
		@Nullable LocalDate dueOn, ActionStatus status, boolean overdue, @Nullable Long daysLeft, long version) {
}
