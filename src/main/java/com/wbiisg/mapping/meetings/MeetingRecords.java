package com.wbiisg.mapping.meetings;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.meetings.internal.AgendaItem;
import com.wbiisg.mapping.meetings.internal.Attendance;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.MinutesSanitiser;
import com.wbiisg.mapping.meetings.internal.Names;
import com.wbiisg.mapping.meetings.internal.ReferenceSources;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's record of a meeting: the ordered agenda with its links to records,
 * who attended, and the minutes, cleaned of anything but formatting. Each change carries
 * the version of the meeting it was made on, and is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class MeetingRecords {

	private final MeetingRepository meetings;

	private final ReferenceSources references;

	private final MeetingsSupport support;

	MeetingRecords(MeetingRepository meetings, ReferenceSources references, MeetingsSupport support) {
		this.meetings = meetings;
		this.references = references;
		this.support = support;
	}

	public long addAgendaItem(long meetingId, long expectedVersion, AgendaInput input) {
		Meeting meeting = load(meetingId, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(RecordValidation.problems(input));
		String title = Inputs.text(input.title());
		String notes = Inputs.text(input.notes());
		if (input.referenceKind() != null && input.referenceId() == null) {
			problems.add(new FieldProblem("referenceId", UserText.of("meetings.agenda.referenceRequired")));
		}
		InvalidInputException.throwIfAny(problems);
		String label = (input.referenceKind() == null) ? null
				: this.references.labelToLink(input.referenceKind(), input.referenceId());
		meeting.addAgendaItem(new AgendaItem(title, notes, input.referenceKind(),
				(label == null) ? null : input.referenceId(), label), this.support.now());
		return save(meeting, "ADD_AGENDA_ITEM",
				Changes.of()
					.set("position", meeting.getAgenda().size())
					.set("title", title)
					.set("reference", (label == null) ? null : input.referenceKind() + " " + label));
	}

	public long moveAgendaItem(long meetingId, long expectedVersion, int position, boolean up) {
		Meeting meeting = load(meetingId, expectedVersion);
		String title = meeting.agendaItem(position).getTitle();
		meeting.shiftAgendaItem(position, up, this.support.now());
		return save(meeting, "MOVE_AGENDA_ITEM",
				Changes.of().set("title", title).set("direction", up ? "up" : "down").set("from", position + 1));
	}

	public long removeAgendaItem(long meetingId, long expectedVersion, int position) {
		Meeting meeting = load(meetingId, expectedVersion);
		AgendaItem removed = meeting.removeAgendaItem(position, this.support.now());
		return save(meeting, "REMOVE_AGENDA_ITEM", Changes.of().set("title", removed.getTitle()));
	}

	public long addAttendance(long meetingId, long expectedVersion, AttendanceInput input) {
		Meeting meeting = load(meetingId, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(RecordValidation.problems(input));
		String person = Inputs.text(input.personName());
		String role = Inputs.text(input.role());
		if (input.organisationId() == null && input.accountId() == null && person == null) {
			problems.add(new FieldProblem("organisationId", UserText.of("meetings.attendance.required")));
		}
		if (input.organisationId() != null
				&& this.support.membership().organisation(input.organisationId()).isEmpty()) {
			problems.add(new FieldProblem("organisationId",
					UserText.of("meetings.unknownOrganisation", input.organisationId())));
		}
		if (input.accountId() != null && this.support.accounts().account(input.accountId()).isEmpty()) {
			problems.add(new FieldProblem("accountId", UserText.of("meetings.unknownAccount", input.accountId())));
		}
		InvalidInputException.throwIfAny(problems);
		meeting.addAttendance(new Attendance(input.organisationId(), input.accountId(), person, role),
				this.support.now());
		Names names = this.support.names();
		return save(meeting, "ADD_ATTENDANCE",
				Changes.of()
					.set("organisation", names.organisationName(input.organisationId()))
					.set("account", names.personName(input.accountId()))
					.set("person", person)
					.set("role", role));
	}

	public long removeAttendance(long meetingId, long expectedVersion, int position) {
		Meeting meeting = load(meetingId, expectedVersion);
		Attendance removed = meeting.removeAttendance(position, this.support.now());
		Names names = this.support.names();
		return save(meeting, "REMOVE_ATTENDANCE",
				Changes.of()
					.set("organisation", names.organisationName(removed.getOrganisationId()))
					.set("person", (removed.getPersonName() != null) ? removed.getPersonName()
							: names.personName(removed.getAccountId())));
	}

	/**
	 * Stores the minutes cleaned of anything but formatting; returns the meeting's new
	 * version.
	 */
	public long recordMinutes(long meetingId, long expectedVersion, @Nullable String minutes) {
		Meeting meeting = load(meetingId, expectedVersion);
		String clean = MinutesSanitiser.clean(minutes);
		if (clean != null && clean.length() > MinutesSanitiser.MAX_LENGTH) {
			throw new InvalidInputException("minutes",
					UserText.of("meetings.minutes.tooLong", String.valueOf(MinutesSanitiser.MAX_LENGTH)));
		}
		String before = meeting.getMinutes();
		meeting.recordMinutes(clean, this.support.now());
		return save(meeting, "RECORD_MINUTES", Changes.of().field("minutes", before, clean));
	}

	private Meeting load(long id, long expectedVersion) {
		Meeting meeting = this.meetings.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(MeetingPlanning.MEETING, id));
		meeting.ensureVersion(expectedVersion);
		return meeting;
	}

	private long save(Meeting meeting, String action, Changes changes) {
		Meeting saved = this.meetings.saveAndFlush(meeting);
		this.support.audit().recordChange(action, MeetingPlanning.RECORD, saved.getId(), changes);
		return saved.getVersion();
	}

}
