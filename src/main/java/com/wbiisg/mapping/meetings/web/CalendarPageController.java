package com.wbiisg.mapping.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.wbiisg.mapping.meetings.CalendarQueries;
import com.wbiisg.mapping.meetings.MeetingFilter;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.Meetings;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar for everyone signed in, observers included: a month of meetings and
 * milestones or the list of what is coming and what is past, narrowed by initiative and
 * kind (htmx swaps the view in place; the page works without it), beside the next
 * meetings and, for members, their open action items.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CalendarPageController {

	static final String PAGE = "meetings/calendar";

	static final String VIEW = "meetings/calendar :: view";

	private final CalendarQueries calendar;

	private final Meetings meetings;

	private final MeetingPageSupport support;

	private final Clock clock;

	CalendarPageController(CalendarQueries calendar, Meetings meetings, MeetingPageSupport support, Clock clock) {
		this.calendar = calendar;
		this.meetings = meetings;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String kind,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		boolean list = "list".equalsIgnoreCase(view);
		MeetingKind chosenKind = kind(kind);
		String chosenInitiative = (initiative == null || initiative.isBlank()) ? null : initiative.trim();
		MeetingFilter filter = new MeetingFilter(chosenInitiative, chosenKind, null);
		model.addAttribute("list", list);
		model.addAttribute("initiative", chosenInitiative);
		model.addAttribute("kind", (chosenKind == null) ? null : chosenKind.name());
		if (list) {
			model.addAttribute("agenda", this.calendar.agenda(filter));
		}
		else {
			model.addAttribute("month", this.calendar.month(month(month), filter));
		}
		if (htmx != null) {
			return VIEW;
		}
		this.support.addFilterOptions(model);
		model.addAttribute("nextMeetings", this.meetings.next(5));
		model.addAttribute("myActions", this.meetings.openActionsOfCurrentUser());
		model.addAttribute("member", MeetingPageSupport.isMember());
		model.addAttribute("manages", MeetingPageSupport.isSecretariat());
		return PAGE;
	}

	private YearMonth month(@Nullable String text) {
		if (text != null && !text.isBlank()) {
			try {
				return YearMonth.parse(text.trim());
			}
			catch (DateTimeParseException ex) {
				// An unreadable month shows the current one, as an unknown filter shows
				// all.
			}
		}
		return YearMonth.from(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
	}

	private static @Nullable MeetingKind kind(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (MeetingKind candidate : MeetingKind.values()) {
			if (candidate.name().equalsIgnoreCase(text.trim())) {
				return candidate;
			}
		}
		return null;
	}

}
