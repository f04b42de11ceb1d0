package com.wbiisg.mapping.meetings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting with what the reader may see of its record. For observers, the attendance,
 * minutes, decisions and action items are left out and the agenda names no records.
 */
public record MeetingDetails(MeetingView meeting, List<AgendaView> agenda, List<AttendanceView> attendance,
		@Nullable String minutes, List<DecisionView> decisions, List<ActionItemView> actions,
		List<MilestoneView> milestones, boolean recordsVisible) {

	/**
	 * An agenda item at its position (from 0); the record it links to is named only when
	 * the reader may see it.
	 */
	public record AgendaView(int position, String title, @Nullable String notes, @Nullable ReferenceKind referenceKind,
			@Nullable Long referenceId, @Nullable String referenceLabel, @Nullable String referencePath) {

		public boolean referenceHidden() {
			return this.referenceKind != null && this.referenceLabel == null;
		}

	}

	/**
	 * One line of attendance at its position (from 0).
	 */
	public record AttendanceView(int position, @Nullable Long organisationId, @Nullable String organisation,
			@Nullable Long accountId, @Nullable String person, @Nullable String role) {
	}

}
