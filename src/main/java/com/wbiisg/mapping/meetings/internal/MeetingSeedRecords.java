package com.wbiisg.mapping.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * What {@link MeetingSeeding} enters: documents, meetings with their agenda, decisions
 * and actions, and a milestone, as the demo data file gives them.
 */
public final class MeetingSeedRecords {

	private MeetingSeedRecords() {
	}

	/**
	 * A key document under a key, with the notes of its versions, oldest first.
	 */
	public record Document(String key, DocumentKind kind, String title, String description, List<String> versions) {
	}

	/**
	 * A meeting as held (or proposed), under a key that the milestone may name.
	 */
	public record MeetingRecord(String key, MeetingKind kind, @Nullable Integer number, String title,
			Set<String> initiatives, LocalDate firstDay, LocalDate lastDay, @Nullable String city,
			@Nullable String partner, @Nullable MeetingFormat format, @Nullable String host, List<String> coHosts,
			MeetingStatus status, boolean restricted, List<AgendaEntry> agenda, List<String> attendance,
			@Nullable String minutes, List<DecisionEntry> decisions, List<Action> actions) {

		/**
		 * What the record leaves out is none.
		 */
		public MeetingRecord {
			initiatives = (initiatives == null) ? Set.of() : initiatives;
			coHosts = (coHosts == null) ? List.of() : coHosts;
			agenda = (agenda == null) ? List.of() : agenda;
			attendance = (attendance == null) ? List.of() : attendance;
			decisions = (decisions == null) ? List.of() : decisions;
			actions = (actions == null) ? List.of() : actions;
		}

	}

	public record AgendaEntry(String title, @Nullable String notes, @Nullable ReferenceKind referenceKind,
			@Nullable String reference) {
	}

	/**
	 * A decision on a target, or with the label of a target the platform does not hold.
	 */
	public record DecisionEntry(DecisionKind kind, String text, @Nullable String target, @Nullable String label) {
	}

	/**
	 * An action item owned by an organisation, by short name.
	 */
	public record Action(String text, String owner, ActionStatus status) {
	}

	/**
	 * A milestone due some months after the first day of a meeting.
	 */
	public record MilestoneEntry(String name, String description, String meeting, int monthsAfter) {
	}

}
