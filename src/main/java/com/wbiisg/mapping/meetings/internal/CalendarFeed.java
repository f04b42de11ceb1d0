package com.wbiisg.mapping.meetings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.MeetingView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds (RFC 5545) that calendar programs subscribe to. The public feed has
 * every unrestricted meeting; a personal feed has what its account may see on the
 * calendar pages, meetings and milestones (milestones as all-day events). Each event
 * keeps its UID ({@code meeting-7@iisg-mapping}) for good, and its SEQUENCE is the
 * record's version, so a change replaces the event instead of adding one; a cancelled
 * meeting stays in the feed with {@code STATUS:CANCELLED}. The feeds carry no METHOD
 * (they are published, not iTIP messages), so DTSTAMP is when the record was last
 * changed.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

	static final String DOMAIN = "@iisg-mapping";

	private final MeetingRepository meetings;

	private final MilestoneRepository milestones;

	private final MeetingsSupport support;

	CalendarFeed(MeetingRepository meetings, MilestoneRepository milestones, MeetingsSupport support) {
		this.meetings = meetings;
		this.milestones = milestones;
		this.support = support;
	}

	/**
	 * The unrestricted meetings, for anyone.
	 */
	public String publicFeed() {
		Names names = this.support.names();
		ICalendarText calendar = header("IISG meetings");
		for (Meeting meeting : this.meetings.findByRestrictedFalseOrderByScheduleStartAtAscIdAsc()) {
			event(calendar, MeetingViews.meeting(meeting, names), null);
		}
		return calendar.end("VCALENDAR").toString();
	}

	/**
	 * What the account may see, with links to the meetings' pages under {@code baseUrl}.
	 */
	public String personalFeed(AccountSummary account, String baseUrl) {
		MeetingViewer viewer = new MeetingViewer(account.asUser());
		Names names = this.support.names();
		ICalendarText calendar = header("IISG meetings (" + account.username() + ")");
		for (Meeting meeting : this.meetings.findAllByOrderByScheduleStartAtAscIdAsc()) {
			if (viewer.canSee(meeting)) {
				event(calendar, MeetingViews.meeting(meeting, names), baseUrl);
			}
		}
		for (Milestone milestone : this.milestones.findAllByOrderByDueOnAscIdAsc()) {
			calendar.begin("VEVENT")
				.raw("UID", "milestone-" + milestone.getId() + DOMAIN)
				.utc("DTSTAMP", milestone.getUpdatedAt())
				.raw("SEQUENCE", String.valueOf(milestone.getVersion()))
				.utc("LAST-MODIFIED", milestone.getUpdatedAt())
				.date("DTSTART", milestone.getDueOn())
				.date("DTEND", milestone.getDueOn().plusDays(1))
				.text("SUMMARY", "Milestone: " + milestone.getName())
				.raw("TRANSP", "TRANSPARENT")
				.text("CATEGORIES", "Milestone");
			if (milestone.getDescription() != null) {
				calendar.text("DESCRIPTION", milestone.getDescription());
			}
			calendar.end("VEVENT");
		}
		return calendar.end("VCALENDAR").toString();
	}

	private static ICalendarText header(String name) {
		return new ICalendarText().begin("VCALENDAR")
			.raw("VERSION", "2.0")
			.raw("PRODID", "-//IISG Mapping Platform//Meetings//EN")
			.raw("CALSCALE", "GREGORIAN")
			.text("X-WR-CALNAME", name);
	}

	private void event(ICalendarText calendar, MeetingView meeting, @Nullable String baseUrl) {
		calendar.begin("VEVENT")
			.raw("UID", "meeting-" + meeting.id() + DOMAIN)
			.utc("DTSTAMP", meeting.updatedAt())
			.raw("SEQUENCE", String.valueOf(meeting.version()))
			.utc("CREATED", meeting.createdAt())
			.utc("LAST-MODIFIED", meeting.updatedAt());
		if (meeting.allDay()) {
			calendar.date("DTSTART", meeting.startDate()).date("DTEND", meeting.endDate().plusDays(1));
		}
		else {
			calendar.utc("DTSTART", meeting.start()).utc("DTEND", meeting.end());
		}
		calendar.text("SUMMARY", meeting.summary()).raw("STATUS", status(meeting.status()));
		String place = meeting.place();
		if (place != null || meeting.onlineLink() != null) {
			calendar.text("LOCATION", (place != null) ? place : meeting.onlineLink());
		}
		calendar.text("DESCRIPTION", description(meeting, baseUrl));
		List<String> categories = new ArrayList<>(meeting.initiatives());
		categories.add(kind(meeting.kind()));
		calendar.raw("CATEGORIES", categories.stream().map(ICalendarText::escape).collect(Collectors.joining(",")));
		calendar.raw("CLASS", meeting.restricted() ? "CONFIDENTIAL" : "PUBLIC");
		if (baseUrl != null) {
			calendar.raw("URL", baseUrl + "/meetings/" + meeting.id());
		}
		calendar.end("VEVENT");
	}

	private static String description(MeetingView meeting, @Nullable String baseUrl) {
		List<String> lines = new ArrayList<>();
		lines.add(kind(meeting.kind())
				+ ((meeting.format() == null) ? "" : ", " + format(meeting.format()).toLowerCase(Locale.ROOT)) + ".");
		if (meeting.host() != null) {
			lines.add("Host: " + meeting.host().name());
		}
		if (!meeting.coHosts().isEmpty()) {
			lines.add("Co-hosts: " + meeting.coHosts()
				.stream()
				.map(MeetingView.OrganisationRef::name)
				.collect(Collectors.joining(", ")));
		}
		if (meeting.onlineLink() != null) {
			lines.add("Online: " + meeting.onlineLink());
		}
		lines.add("Status: " + meeting.status().name().toLowerCase().replace('_', ' '));
		if (meeting.restricted()) {
			lines.add("Members only.");
		}
		if (baseUrl != null) {
			lines.add(baseUrl + "/meetings/" + meeting.id());
		}
		return String.join("\n", lines);
	}

	static String status(MeetingStatus status) {
		return switch (status) {
			case PROPOSED, POSTPONED -> "TENTATIVE";
			case PLANNED, HELD -> "CONFIRMED";
			case CANCELLED -> "CANCELLED";
		};
	}

	private static String kind(MeetingKind kind) {
		return switch (kind) {
			case BOARD -> "IISG Board meeting";
			case PILLAR_SG -> "Pillar Support Group meeting";
			case CROSS_CUTTING_SG -> "Cross-cutting Support Group meeting";
			case NATIONAL -> "National meeting";
			case OTHER -> "Meeting";
		};
	}

	private static String format(MeetingFormat format) {
		return switch (format) {
			case IN_PERSON -> "In person";
			case ONLINE -> "Online";
			case HYBRID -> "Hybrid";
		};
	}

}
