package com.wbiisg.mapping.meetings.internal.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingViewer;
import com.wbiisg.mapping.meetings.internal.MeetingViews;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.Names;
import com.wbiisg.mapping.meetings.internal.milestones.Milestone;
import com.wbiisg.mapping.meetings.internal.milestones.MilestoneRepository;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

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

	static final int MAX_OCTETS = 75;

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
		Calendar calendar = calendar("IISG meetings");
		for (Meeting meeting : this.meetings.findByRestrictedFalseOrderByScheduleStartAtAscIdAsc()) {
			calendar.add(event(MeetingViews.meeting(meeting, names), null));
		}
		return text(calendar);
	}

	/**
	 * What the account may see, with links to the meetings' pages under {@code baseUrl}.
	 */
	public String personalFeed(AccountSummary account, String baseUrl) {
		MeetingViewer viewer = new MeetingViewer(account.asUser());
		Names names = this.support.names();
		Calendar calendar = calendar("IISG meetings (" + account.username() + ")");
		for (Meeting meeting : this.meetings.findAllByOrderByScheduleStartAtAscIdAsc()) {
			if (viewer.canSee(meeting)) {
				calendar.add(event(MeetingViews.meeting(meeting, names), baseUrl));
			}
		}
		for (Milestone milestone : this.milestones.findAllByOrderByDueOnAscIdAsc()) {
			VEvent event = new VEvent(false);
			event.add(new Uid("milestone-" + milestone.getId() + DOMAIN));
			event.add(new DtStamp(milestone.getUpdatedAt()));
			event.add(new Sequence((int) milestone.getVersion()));
			event.add(new LastModified(milestone.getUpdatedAt()));
			event.add(new DtStart<>(date(), milestone.getDueOn()));
			event.add(new DtEnd<>(date(), milestone.getDueOn().plusDays(1)));
			event.add(new Summary("Milestone: " + milestone.getName()));
			event.add(ImmutableTransp.TRANSPARENT);
			event.add(new Categories(new TextList("Milestone")));
			if (milestone.getDescription() != null) {
				event.add(new Description(milestone.getDescription()));
			}
			calendar.add(event);
		}
		return text(calendar);
	}

	private static Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//IISG Mapping Platform//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return calendar;
	}

	/**
	 * The calendar as RFC 5545 text: texts escaped and CRLF lines by ical4j, folded here
	 * at 75 octets of UTF-8 (§3.1), never inside a character; ical4j folds at 73
	 * characters, which Cyrillic or Albanian text takes past 75 octets.
	 */
	private static String text(Calendar calendar) {
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StringBuilder folded = new StringBuilder(text.getBuffer().length() + 256);
		for (String line : text.toString().split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
				int codePoint = line.codePointAt(i);
				int width = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
				if (octets + width > MAX_OCTETS) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += width;
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}

	private static ParameterList date() {
		return new ParameterList(List.of(Value.DATE));
	}

	private static VEvent event(MeetingView meeting, @Nullable String baseUrl) {
		VEvent event = new VEvent(false);
		event.add(new Uid("meeting-" + meeting.id() + DOMAIN));
		event.add(new DtStamp(meeting.updatedAt()));
		event.add(new Sequence((int) meeting.version()));
		event.add(new Created(meeting.createdAt()));
		event.add(new LastModified(meeting.updatedAt()));
		if (meeting.allDay()) {
			event.add(new DtStart<>(date(), meeting.startDate()));
			event.add(new DtEnd<>(date(), meeting.endDate().plusDays(1)));
		}
		else {
			event.add(new DtStart<>(meeting.start()));
			event.add(new DtEnd<>(meeting.end()));
		}
		event.add(new Summary(meeting.summary()));
		event.add(status(meeting.status()));
		String place = meeting.place();
		if (place != null || meeting.onlineLink() != null) {
			event.add(new Location((place != null) ? place : meeting.onlineLink()));
		}
		event.add(new Description(description(meeting, baseUrl)));
		List<String> categories = new ArrayList<>(meeting.initiatives());
		categories.add(kind(meeting.kind()));
		event.add(new Categories(new TextList(categories)));
		event.add(meeting.restricted() ? ImmutableClazz.CONFIDENTIAL : ImmutableClazz.PUBLIC);
		if (baseUrl != null) {
			event.add(new Url(URI.create(baseUrl + "/meetings/" + meeting.id())));
		}
		return event;
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

	static Status status(MeetingStatus status) {
		return switch (status) {
			case PROPOSED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
			case PLANNED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
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
