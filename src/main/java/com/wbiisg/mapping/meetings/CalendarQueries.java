package com.wbiisg.mapping.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.wbiisg.mapping.meetings.internal.MeetingsSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar as a month of weeks (Monday first) and as a list of what is coming and
 * what is past: the meetings the reader may see, narrowed by initiative and kind, and the
 * milestones. A meeting shows on every day it lasts, in the days of the place where it is
 * held.
 */
@Service
@Transactional(readOnly = true)
public class CalendarQueries {

	private final MeetingQueries meetings;

	private final MilestonePlanning milestones;

	private final MeetingsSupport support;

	CalendarQueries(MeetingQueries meetings, MilestonePlanning milestones, MeetingsSupport support) {
		this.meetings = meetings;
		this.milestones = milestones;
		this.support = support;
	}

	/**
	 * A month as the weeks that show it, with the days of the months around it greyed.
	 */
	public record Month(YearMonth month, List<List<Day>> weeks) {

		public YearMonth previous() {
			return this.month.minusMonths(1);
		}

		public YearMonth next() {
			return this.month.plusMonths(1);
		}

		public boolean empty() {
			return this.weeks.stream()
				.flatMap(List::stream)
				.filter(Day::inMonth)
				.allMatch((day) -> day.meetings().isEmpty() && day.milestones().isEmpty());
		}

	}

	/**
	 * One day of the month view.
	 */
	public record Day(LocalDate date, boolean inMonth, boolean today, List<MeetingView> meetings,
			List<MilestoneView> milestones) {
	}

	/**
	 * The list view: what has not ended yet, earliest first, and what is past, latest
	 * first.
	 */
	public record Agenda(List<MeetingView> upcoming, List<MeetingView> past, List<MilestoneView> upcomingMilestones,
			List<MilestoneView> pastMilestones) {
	}

	public Month month(YearMonth month, MeetingFilter filter) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		// A day wide on each side covers the time zones of every meeting place.
		List<MeetingView> found = this.meetings.overlapping(first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
				last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant(), filter);
		List<MilestoneView> due = this.milestones.between(first, last);
		LocalDate today = this.support.today();
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			LocalDate date = day;
			weeks.get(weeks.size() - 1)
				.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
						found.stream()
							.filter((m) -> !m.startDate().isAfter(date) && !m.endDate().isBefore(date))
							.toList(),
						due.stream().filter((m) -> m.dueOn().equals(date)).toList()));
		}
		return new Month(month, weeks);
	}

	public Agenda agenda(MeetingFilter filter) {
		LocalDate today = this.support.today();
		List<MeetingView> all = this.meetings.list(filter);
		List<MeetingView> upcoming = all.stream().filter((m) -> !m.endDate().isBefore(today)).toList();
		List<MeetingView> past = all.stream()
			.filter((m) -> m.endDate().isBefore(today))
			.sorted(Comparator.comparing(MeetingView::start).reversed())
			.toList();
		List<MilestoneView> milestones = this.milestones.list();
		return new Agenda(upcoming, past, milestones.stream().filter((m) -> !m.past()).toList(),
				milestones.stream()
					.filter(MilestoneView::past)
					.sorted(Comparator.comparing(MilestoneView::dueOn).reversed())
					.toList());
	}

}
