package com.wbiisg.mapping.meetings.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.meetings.MeetingInput;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The checks of a meeting's fields, collecting every problem before failing: those
 * written on {@link MeetingInput} (among them the time zone and the online link) where
 * they have always been made among the others; known initiatives, partners, organisations
 * and accounts; times, read in the meeting's time zone or as whole days, that end after
 * they start; a city where people meet in person.
 */
@Component
public class MeetingRules {

	private final Membership membership;

	private final Frameworks frameworks;

	private final MeetingsSupport support;

	MeetingRules(Membership membership, Frameworks frameworks, MeetingsSupport support) {
		this.membership = membership;
		this.frameworks = frameworks;
		this.support = support;
	}

	public MeetingContent check(MeetingInput input) {
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(input, "kind", "number", "title"));
		String title = Inputs.text(input.title());
		Set<String> initiatives = initiatives(input.initiatives(), problems);
		problems.addAll(RecordValidation.problems(input, "timeZone"));
		ZoneId zone = zone(input.timeZone());
		boolean allDay = input.allDay() || isDate(input.start());
		Instant[] period = period(input, zone, allDay, problems);
		problems.addAll(RecordValidation.problems(input, "city"));
		String city = Inputs.text(input.city());
		String partner = partner(input.partner(), problems);
		problems.addAll(RecordValidation.problems(input, "onlineLink"));
		String link = Inputs.text(input.onlineLink());
		// The format may be unknown, as it is for meetings known only from a short
		// report;
		// a meeting in person needs its city.
		if (input.format() != null && input.format().hasPlace() && city == null) {
			problems.add(new FieldProblem("city", UserText.of("meetings.meeting.cityRequired")));
		}
		Long host = input.hostId();
		checkOrganisation(host, "hostId", problems);
		List<Long> coHosts = List.copyOf(new LinkedHashSet<>(nonNull(input.coHostIds())));
		coHosts.forEach((id) -> checkOrganisation(id, "coHostIds", problems));
		if (host != null && coHosts.contains(host)) {
			problems.add(new FieldProblem("coHostIds", UserText.of("meetings.meeting.hostIsCoHost")));
		}
		problems.addAll(RecordValidation.problems(input, "status"));
		Set<Long> invitedOrganisations = new TreeSet<>(nonNull(input.invitedOrganisationIds()));
		invitedOrganisations.forEach((id) -> checkOrganisation(id, "invitedOrganisationIds", problems));
		Set<Long> invitedPeople = people(input.invitedAccountIds(), problems);
		InvalidInputException.throwIfAny(problems);
		return new MeetingContent(input.kind(), input.number(), title, initiatives, period[0], period[1], zone, allDay,
				city, partner, link, input.format(), host, coHosts, input.status(), input.restricted(),
				invitedOrganisations, invitedPeople);
	}

	private Set<String> initiatives(@Nullable Collection<String> given, List<FieldProblem> problems) {
		Set<String> codes = new TreeSet<>();
		for (String code : nonNull(given)) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String known = this.frameworks.initiatives()
				.stream()
				.map((initiative) -> initiative.code())
				.filter((c) -> c.equalsIgnoreCase(code.trim()))
				.findFirst()
				.orElse(null);
			if (known == null) {
				problems.add(new FieldProblem("initiatives",
						UserText.of("meetings.meeting.unknownInitiative", code.trim())));
			}
			else {
				codes.add(known);
			}
		}
		return codes;
	}

	/**
	 * The meeting's time zone, UTC where it is missing or unknown: the check of the time
	 * zone tells that, and the times are still read for their own checks.
	 */
	private static ZoneId zone(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(given.trim());
		}
		catch (DateTimeException ex) {
			return ZoneId.of("UTC");
		}
	}

	/**
	 * Start and end as instants; an all-day meeting ends at the start of the day after
	 * its last day.
	 */
	private static Instant[] period(MeetingInput input, ZoneId zone, boolean allDay, List<FieldProblem> problems) {
		Instant start = instant(input.start(), zone, allDay, false, "start", problems);
		Instant end = (input.end() == null || input.end().isBlank()) && allDay ? null
				: instant(input.end(), zone, allDay, true, "end", problems);
		if (start == null) {
			return new Instant[] { Instant.EPOCH, Instant.EPOCH };
		}
		if (end == null) {
			end = allDay ? start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant() : start;
		}
		if (allDay ? end.isBefore(start) || end.equals(start) : !end.isAfter(start)) {
			problems.add(new FieldProblem("end", allDay ? UserText.of("meetings.meeting.lastDayBeforeFirst")
					: UserText.of("meetings.meeting.endsBeforeStart")));
		}
		return new Instant[] { start, end };
	}

	private static @Nullable Instant instant(@Nullable String text, ZoneId zone, boolean allDay, boolean end,
			String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, allDay ? UserText.of("meetings.meeting.dateRequired")
					: UserText.of("meetings.meeting.dateTimeRequired")));
			return null;
		}
		String value = text.trim();
		try {
			if (allDay) {
				LocalDate day = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
				return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
				return OffsetDateTime.parse(value).toInstant();
			}
			return LocalDateTime.parse(value).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			problems.add(new FieldProblem(field, allDay ? UserText.of("meetings.meeting.dateFormat")
					: UserText.of("meetings.meeting.dateTimeFormat")));
			return null;
		}
	}

	private static boolean isDate(@Nullable String text) {
		return text != null && text.trim().matches("\\d{4}-\\d{2}-\\d{2}");
	}

	private @Nullable String partner(@Nullable String given, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String code = given.trim().toUpperCase(Locale.ROOT);
		if (this.membership.partner(code).isEmpty()) {
			problems.add(new FieldProblem("partner", UserText.of("meetings.meeting.unknownPartner", given.trim())));
		}
		return code;
	}

	private void checkOrganisation(@Nullable Long id, String field, List<FieldProblem> problems) {
		if (id != null && this.membership.organisation(id).isEmpty()) {
			problems.add(new FieldProblem(field, UserText.of("meetings.unknownOrganisation", id)));
		}
	}

	private Set<Long> people(@Nullable Collection<Long> given, List<FieldProblem> problems) {
		Set<Long> ids = new TreeSet<>(nonNull(given));
		for (Long id : ids) {
			AccountSummary account = this.support.accounts().account(id).orElse(null);
			if (account == null || !account.enabled()) {
				problems.add(new FieldProblem("invitedAccountIds", UserText.of("meetings.meeting.unknownAccount", id)));
			}
		}
		return ids;
	}

	private static <T> Collection<T> nonNull(@Nullable Collection<T> values) {
		if (values == null) {
			return List.of();
		}
		List<T> clean = new ArrayList<>();
		values.stream().filter((value) -> value != null).forEach(clean::add);
		return clean;
	}

}
