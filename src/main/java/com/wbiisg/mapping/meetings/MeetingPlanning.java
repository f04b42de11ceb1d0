package com.wbiisg.mapping.meetings;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingContent;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingRules;
import com.wbiisg.mapping.meetings.internal.MeetingViews;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.Names;
import com.wbiisg.mapping.meetings.internal.milestones.Milestone;
import com.wbiisg.mapping.meetings.internal.milestones.MilestoneRepository;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat plans meetings and changes them: dates, place, hosts, status,
 * invitations. Every change is checked, versioned and audited; milestones derived from a
 * meeting move with it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class MeetingPlanning {

	public static final String RECORD = "Meeting";

	public static final RecordType MEETING = RecordType.of(RECORD, "meetings.record.meeting");

	private final MeetingRepository meetings;

	private final MilestoneRepository milestones;

	private final MeetingRules rules;

	private final MeetingsSupport support;

	MeetingPlanning(MeetingRepository meetings, MilestoneRepository milestones, MeetingRules rules,
			MeetingsSupport support) {
		this.meetings = meetings;
		this.milestones = milestones;
		this.rules = rules;
		this.support = support;
	}

	public MeetingView plan(MeetingInput input) {
		MeetingContent content = this.rules.check(input);
		Meeting meeting = this.meetings.saveAndFlush(new Meeting(content, this.support.actor(), this.support.now()));
		Names names = this.support.names();
		MeetingView view = MeetingViews.meeting(meeting, names);
		this.support.audit().recordChange("CREATE", RECORD, meeting.getId(), describe(null, view));
		return view;
	}

	public MeetingView update(long id, long expectedVersion, MeetingInput input) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new RecordNotFoundException(MEETING, id));
		meeting.ensureVersion(expectedVersion);
		Names names = this.support.names();
		MeetingView before = MeetingViews.meeting(meeting, names);
		MeetingContent content = this.rules.check(input);
		Instant now = this.support.now();
		meeting.edit(content, expectedVersion, now);
		this.meetings.saveAndFlush(meeting);
		MeetingView after = MeetingViews.meeting(meeting, names);
		this.support.audit().recordChange("UPDATE", RECORD, id, describe(before, after));
		for (Milestone milestone : this.milestones.findByMeetingId(id)) {
			LocalDate due = milestone.getDueOn();
			if (milestone.follow(meeting.getSchedule().startDate(), now)) {
				this.support.audit()
					.recordChange("FOLLOW_MEETING", MilestonePlanning.RECORD, milestone.getId(),
							Changes.of().field("dueOn", due, milestone.getDueOn()));
			}
		}
		return after;
	}

	static Changes describe(@Nullable MeetingView before, MeetingView after) {
		return Changes.of()
			.field("kind", (before == null) ? null : before.kind(), after.kind())
			.field("number", (before == null) ? null : before.number(), after.number())
			.field("title", (before == null) ? null : before.title(), after.title())
			.field("initiatives", (before == null) ? null : before.initiatives(), after.initiatives())
			.field("start", (before == null) ? null : before.start(), after.start())
			.field("end", (before == null) ? null : before.end(), after.end())
			.field("timeZone", (before == null) ? null : before.timeZone(), after.timeZone())
			.field("allDay", (before == null) ? null : before.allDay(), after.allDay())
			.field("city", (before == null) ? null : before.city(), after.city())
			.field("partner", (before == null) ? null : before.partner(), after.partner())
			.field("onlineLink", (before == null) ? null : before.onlineLink(), after.onlineLink())
			.field("format", (before == null) ? null : before.format(), after.format())
			.field("host", (before == null) ? null : shortName(before.host()), shortName(after.host()))
			.field("coHosts", (before == null) ? null : shortNames(before), shortNames(after))
			.field("status", (before == null) ? null : before.status(), after.status())
			.field("restricted", (before == null) ? null : before.restricted(), after.restricted())
			.field("invitedOrganisations", (before == null) ? null : invited(before), invited(after))
			.field("invitedPeople", (before == null) ? null : people(before), people(after));
	}

	private static @Nullable String shortName(MeetingView.@Nullable OrganisationRef organisation) {
		return (organisation == null) ? null : organisation.shortName();
	}

	private static String shortNames(MeetingView view) {
		return String.join(", ", view.coHosts().stream().map(MeetingView.OrganisationRef::shortName).toList());
	}

	private static String invited(MeetingView view) {
		return String.join(", ",
				view.invitedOrganisations().stream().map(MeetingView.OrganisationRef::shortName).toList());
	}

	private static String people(MeetingView view) {
		return String.join(", ", view.invitedPeople().stream().map(MeetingView.PersonRef::username).toList());
	}

}
