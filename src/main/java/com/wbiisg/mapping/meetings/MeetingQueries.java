package com.wbiisg.mapping.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.meetings.internal.AgendaItem;
import com.wbiisg.mapping.meetings.internal.Attendance;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingViewer;
import com.wbiisg.mapping.meetings.internal.MeetingViews;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.MinutesSanitiser;
import com.wbiisg.mapping.meetings.internal.Names;
import com.wbiisg.mapping.meetings.internal.ReferenceSources;
import com.wbiisg.mapping.meetings.internal.decisions.Decision;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionRepository;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionTargets;
import com.wbiisg.mapping.shared.HiddenRecordException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads meetings as the current user may see them: every meeting with its record for
 * members, unrestricted meetings without their record for observers (a restricted one is
 * "not found" to them).
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries implements Meetings {

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	private final ActionItems actions;

	private final MilestonePlanning milestones;

	private final ReferenceSources references;

	private final DecisionTargets targets;

	private final MeetingsSupport support;

	MeetingQueries(MeetingRepository meetings, DecisionRepository decisions, ActionItems actions,
			MilestonePlanning milestones, ReferenceSources references, DecisionTargets targets,
			MeetingsSupport support) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.actions = actions;
		this.milestones = milestones;
		this.references = references;
		this.targets = targets;
		this.support = support;
	}

	public MeetingDetails details(long id) {
		MeetingViewer viewer = this.support.viewer();
		Meeting meeting = HiddenRecordException.requireVisible(this.meetings.findById(id), viewer::canSee,
				MeetingPlanning.MEETING, id);
		Names names = this.support.names();
		boolean records = viewer.seesRecords();
		List<MeetingDetails.AgendaView> agenda = new ArrayList<>();
		for (int i = 0; i < meeting.getAgenda().size(); i++) {
			agenda.add(agendaView(i, meeting.getAgenda().get(i), records));
		}
		List<MeetingDetails.AttendanceView> attendance = new ArrayList<>();
		if (records) {
			for (int i = 0; i < meeting.getAttendance().size(); i++) {
				Attendance entry = meeting.getAttendance().get(i);
				attendance.add(new MeetingDetails.AttendanceView(i, entry.getOrganisationId(),
						names.organisationName(entry.getOrganisationId()), entry.getAccountId(),
						(entry.getPersonName() != null) ? entry.getPersonName()
								: names.personName(entry.getAccountId()),
						entry.getRole()));
			}
		}
		List<DecisionView> decisionViews = records ? this.decisions.findByMeetingIdOrderByNumberAsc(id)
			.stream()
			.map((decision) -> MeetingViews.decision(decision, targetPath(decision)))
			.toList() : List.of();
		List<ActionItemView> actionViews = records ? this.actions.ofMeeting(id) : List.of();
		List<MilestoneView> derived = this.milestones.list()
			.stream()
			.filter((milestone) -> Long.valueOf(id).equals(milestone.meetingId()))
			.toList();
		return new MeetingDetails(MeetingViews.meeting(meeting, names), agenda, attendance,
				records ? MinutesSanitiser.clean(meeting.getMinutes()) : null, decisionViews, actionViews, derived,
				records);
	}

	/**
	 * The meetings the current user may see, earliest first.
	 */
	public List<MeetingView> list(MeetingFilter filter) {
		MeetingViewer viewer = this.support.viewer();
		Names names = this.support.names();
		return this.meetings.findAllByOrderByScheduleStartAtAscIdAsc()
			.stream()
			.filter(viewer::canSee)
			.filter((meeting) -> matches(filter, meeting))
			.map((meeting) -> MeetingViews.meeting(meeting, names))
			.toList();
	}

	/**
	 * The meetings the current user may see that overlap the period.
	 */
	List<MeetingView> overlapping(Instant from, Instant to, MeetingFilter filter) {
		MeetingViewer viewer = this.support.viewer();
		Names names = this.support.names();
		return this.meetings.findOverlapping(from, to)
			.stream()
			.filter(viewer::canSee)
			.filter((meeting) -> matches(filter, meeting))
			.map((meeting) -> MeetingViews.meeting(meeting, names))
			.toList();
	}

	@Override
	public List<MeetingView> next(int limit) {
		MeetingViewer viewer = this.support.viewer();
		Names names = this.support.names();
		return this.meetings
			.findByScheduleEndAtAfterOrderByScheduleStartAtAscIdAsc(this.support.now(), Limit.of(limit * 4 + 4))
			.stream()
			.filter(viewer::canSee)
			.limit(limit)
			.map((meeting) -> MeetingViews.meeting(meeting, names))
			.toList();
	}

	@Override
	public List<ActionItemView> openActionsOfCurrentUser() {
		return this.support.viewer().isMember() ? this.actions.mine(ActionStatus.OPEN) : List.of();
	}

	private static boolean matches(MeetingFilter filter, Meeting meeting) {
		String initiative = filter.initiative();
		return (initiative == null || initiative.isBlank()
				|| meeting.getInitiatives().stream().anyMatch((code) -> code.equalsIgnoreCase(initiative.trim())))
				&& (filter.kind() == null || meeting.getKind() == filter.kind())
				&& (filter.status() == null || meeting.getStatus() == filter.status());
	}

	private MeetingDetails.AgendaView agendaView(int position, AgendaItem item, boolean records) {
		if (!records || item.getReferenceKind() == null || item.getReferenceId() == null) {
			return new MeetingDetails.AgendaView(position, item.getTitle(), item.getNotes(), null, null, null, null);
		}
		Optional<ReferenceSource> source = this.references.source(item.getReferenceKind());
		String label = source.flatMap((s) -> s.label(item.getReferenceId())).orElse(null);
		return new MeetingDetails.AgendaView(position, item.getTitle(), item.getNotes(), item.getReferenceKind(),
				item.getReferenceId(), label,
				(label == null) ? null : source.map((s) -> s.path(item.getReferenceId())).orElse(null));
	}

	private @Nullable String targetPath(Decision decision) {
		if (decision.getTargetId() == null) {
			return null;
		}
		return this.targets.target(decision.getKind())
			.map((DecisionTarget target) -> target.path(decision.getTargetId()))
			.orElse(null);
	}

}
