package com.wbiisg.mapping.meetings;

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
import com.wbiisg.mapping.shared.UserText;
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
		Calendar calendar = calendar(UserText.of("meetings.ical.name").english());
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
		Calendar calendar = calendar(UserText.of("meetings.ical.personalName", account.username()).english());
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
			event.add(new Summary(UserText.of("meetings.milestone.short", milestone.getName()).english()));
			event.add(ImmutableTransp.TRANSPARENT);
			event.add(new Categories(new TextList(UserText.of("meetings.ical.milestone").english())));
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
		lines.add((meeting.format() == null) ? UserText.of("meetings.ical.about", kind(meeting.kind())).english()
				: UserText
					.of("meetings.ical.aboutWithFormat", kind(meeting.kind()),
							format(meeting.format()).toLowerCase(Locale.ROOT))
					.english());
		if (meeting.host() != null) {
			lines.add(UserText.of("meetings.ical.host", meeting.host().name()).english());
		}
		if (!meeting.coHosts().isEmpty()) {
			lines.add(UserText.of("meetings.ical.coHosts",
					meeting.coHosts().stream().map(MeetingView.OrganisationRef::name).collect(Collectors.joining(", ")))
				.english());
		}
		if (meeting.onlineLink() != null) {
			lines.add(UserText.of("meetings.ical.online", meeting.onlineLink()).english());
		}
		lines
			.add(UserText.of("meetings.ical.status", meeting.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
				.english());
		if (meeting.restricted()) {
			lines.add(UserText.of("meetings.ical.membersOnly").english());
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
		UserText text = switch (kind) {
			case BOARD -> UserText.of("meetings.ical.kind.board");
			case PILLAR_SG -> UserText.of("meetings.ical.kind.pillarSg");
			case CROSS_CUTTING_SG -> UserText.of("meetings.ical.kind.crossCuttingSg");
			case NATIONAL -> UserText.of("meetings.ical.kind.national");
			case OTHER -> UserText.of("meetings.ical.kind.other");
		};
		return text.english();
	}

	/**
	 * The format as the pages name it.
	 */
	private static String format(MeetingFormat format) {
		UserText text = switch (format) {
			case IN_PERSON -> UserText.of("meetings.format.IN_PERSON");
			case ONLINE -> UserText.of("meetings.format.ONLINE");
			case HYBRID -> UserText.of("meetings.format.HYBRID");
		};
		return text.english();
	}

}
