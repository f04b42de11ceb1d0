package com.wbiisg.mapping.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingNames;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingViews;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.decisions.Decision;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionRepository;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionTargets;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the decisions of a held meeting. A decision that adopts or admits something is
 * applied to its target in the same transaction, through the {@link DecisionTarget} of
 * its kind: when the target refuses, neither the decision nor any change is stored.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class DecisionRecording {

	public static final String RECORD = "Decision";

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	private final DecisionTargets targets;

	private final MeetingsSupport support;

	DecisionRecording(MeetingRepository meetings, DecisionRepository decisions, DecisionTargets targets,
			MeetingsSupport support) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.targets = targets;
		this.support = support;
	}

	public DecisionView record(long meetingId, DecisionInput input) {
		Meeting meeting = this.meetings.findForUpdate(meetingId)
			.orElseThrow(() -> new RecordNotFoundException(MeetingPlanning.MEETING, meetingId));
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(RecordValidation.problems(input, "text", "option", "kind"));
		String text = Inputs.text(input.text());
		String option = Inputs.text(input.option());
		DecisionKind kind = input.kind();
		if (kind != null && kind.hasTarget() && input.targetId() == null) {
			problems.add(new FieldProblem("targetId", UserText.of("meetings.decision.targetRequired")));
		}
		LocalDate decidedOn = (input.decidedOn() != null) ? input.decidedOn() : meeting.getSchedule().startDate();
		if (decidedOn.isBefore(meeting.getSchedule().startDate())
				|| decidedOn.isAfter(meeting.getSchedule().endDate())) {
			problems.add(new FieldProblem("decidedOn",
					UserText.of("meetings.decision.dayOfMeeting", String.valueOf(meeting.getSchedule().startDate()),
							String.valueOf(meeting.getSchedule().endDate()))));
		}
		InvalidInputException.throwIfAny(problems);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new ConflictException(
					UserText.of("meetings.decision.notHeld", meeting.getStatus().name().toLowerCase(Locale.ROOT)));
		}
		DecisionTarget target = kind.hasTarget() ? target(kind) : null;
		String targetLabel = (target == null) ? null : target.label(input.targetId())
			.orElseThrow(() -> new InvalidInputException("targetId", noTarget(kind, input.targetId())));
		String meetingName = MeetingNames.name(meeting.getKind(), meeting.getNumber(), meeting.getTitle());
		Decision decision = this.decisions.saveAndFlush(new Decision(meetingId,
				this.decisions.highestNumber(meetingId) + 1, kind, text, (target == null) ? null : input.targetId(),
				targetLabel, option, decidedOn, target != null, this.support.actor(), this.support.now()));
		this.support.audit()
			.recordChange("RECORD", RECORD, decision.getId(),
					Changes.of()
						.set("meeting", meetingName)
						.set("number", decision.getNumber())
						.set("kind", kind)
						.set("target", targetLabel)
						.set("option", option)
						.set("decidedOn", decidedOn)
						.set("text", text));
		if (target != null) {
			target.apply(input.targetId(), new DecisionReference(decision.getId(), meetingId, meetingName, decidedOn,
					decision.getNumber(), text, option));
		}
		return MeetingViews.decision(decision, null);
	}

	private static UserText noTarget(DecisionKind kind, long id) {
		return switch (kind) {
			case ADOPT_FRAMEWORK -> UserText.of("meetings.decision.noTarget.frameworkVersion", id);
			case ADOPT_REPORT -> UserText.of("meetings.decision.noTarget.report", id);
			case ADOPT_METHODOLOGY -> UserText.of("meetings.decision.noTarget.methodologyVersion", id);
			case ADMIT_MEMBER -> UserText.of("meetings.decision.noTarget.organisation", id);
			case OTHER -> UserText.of("meetings.decision.noTarget.record", id);
		};
	}

	private DecisionTarget target(DecisionKind kind) {
		return this.targets.target(kind)
			.orElseThrow(() -> new InvalidInputException("kind",
					(kind == DecisionKind.ADOPT_REPORT) ? UserText.of("meetings.decision.noReportTarget")
							: UserText.of("meetings.decision.noTargetOfKind", kind.name())));
	}

}
