package com.wbiisg.mapping.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingNames;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.milestones.Milestone;
import com.wbiisg.mapping.meetings.internal.milestones.MilestoneRepository;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones of the process: everyone who reads the calendar sees them with their
 * countdown; the Secretariat sets them, by a date or as a number of months after a
 * meeting, and removes them.
 */
@Service
@Transactional
public class MilestonePlanning {

	public static final String RECORD = "Milestone";

	public static final RecordType MILESTONE = RecordType.of(RECORD, "meetings.record.milestone");

	private final MilestoneRepository milestones;

	private final MeetingRepository meetings;

	private final MeetingsSupport support;

	MilestonePlanning(MilestoneRepository milestones, MeetingRepository meetings, MeetingsSupport support) {
		this.milestones = milestones;
		this.meetings = meetings;
		this.support = support;
	}

	@Transactional(readOnly = true)
	public List<MilestoneView> list() {
		return views(this.milestones.findAllByOrderByDueOnAscIdAsc());
	}

	@Transactional(readOnly = true)
	public List<MilestoneView> between(LocalDate from, LocalDate to) {
		return views(this.milestones.findByDueOnBetweenOrderByDueOnAscIdAsc(from, to));
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public MilestoneView set(MilestoneInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(RecordValidation.problems(input, "name", "description"));
		String name = Inputs.text(input.name());
		String description = Inputs.text(input.description());
		Meeting meeting = null;
		if (input.meetingId() != null) {
			meeting = this.meetings.findById(input.meetingId()).orElse(null);
			if (meeting == null) {
				problems.add(new FieldProblem("meetingId",
						UserText.of("meetings.milestone.unknownMeeting", input.meetingId())));
			}
		}
		LocalDate due = input.dueOn();
		List<FieldProblem> months = RecordValidation.problems(input, "monthsAfter");
		problems.addAll(months);
		if (input.monthsAfter() == null) {
			if (due == null) {
				problems.add(new FieldProblem("dueOn", UserText.of("meetings.milestone.dueRequired")));
			}
		}
		else if (months.isEmpty() && input.meetingId() == null) {
			problems.add(new FieldProblem("meetingId", UserText.of("meetings.milestone.meetingRequired")));
		}
		else if (months.isEmpty() && meeting != null) {
			due = meeting.getSchedule().startDate().plusMonths(input.monthsAfter());
		}
		InvalidInputException.throwIfAny(problems);
		Milestone milestone = this.milestones.saveAndFlush(new Milestone(name, description, due, input.meetingId(),
				input.monthsAfter(), this.support.actor(), this.support.now()));
		this.support.audit()
			.recordChange("CREATE", RECORD, milestone.getId(),
					Changes.of()
						.set("name", name)
						.set("dueOn", due)
						.set("meeting", (meeting == null) ? null : meetingName(meeting))
						.set("monthsAfter", input.monthsAfter()));
		return view(milestone, meeting);
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public void remove(long id) {
		Milestone milestone = this.milestones.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(MILESTONE, id));
		this.milestones.delete(milestone);
		this.support.audit()
			.recordChange("DELETE", RECORD, id,
					Changes.of().set("name", milestone.getName()).set("dueOn", milestone.getDueOn()));
	}

	private List<MilestoneView> views(List<Milestone> found) {
		return found.stream()
			.map((milestone) -> view(milestone,
					(milestone.getMeetingId() == null) ? null
							: this.meetings.findById(milestone.getMeetingId()).orElse(null)))
			.toList();
	}

	private MilestoneView view(Milestone milestone, @Nullable Meeting meeting) {
		return new MilestoneView(milestone.getId(), milestone.getName(), milestone.getDescription(),
				milestone.getDueOn(), milestone.getMeetingId(), (meeting == null) ? null : meetingName(meeting),
				milestone.getMonthsAfter(), ChronoUnit.DAYS.between(this.support.today(), milestone.getDueOn()),
				milestone.getVersion());
	}

	private static String meetingName(Meeting meeting) {
		return MeetingNames.name(meeting.getKind(), meeting.getNumber(), meeting.getTitle());
	}

}
