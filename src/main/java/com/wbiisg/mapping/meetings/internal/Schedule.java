package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When a meeting takes place: instants, with the time zone of its place in which its days
 * are counted. A meeting of whole days runs from the start of its first day to the start
 * of the day after its last, in that zone.
 */
@Embeddable
public class Schedule {

	@Column(name = "start_at", nullable = false)
	private Instant startAt;

	@Column(name = "end_at", nullable = false)
	private Instant endAt;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(name = "all_day", nullable = false)
	private boolean allDay;

	protected Schedule() {
	}

	Schedule(Instant startAt, Instant endAt, ZoneId zone, boolean allDay) {
		this.startAt = startAt;
		this.endAt = endAt;
		this.timeZone = zone.getId();
		this.allDay = allDay;
	}

	/**
	 * The first day where the meeting takes place.
	 */
	public LocalDate startDate() {
		return this.startAt.atZone(zone()).toLocalDate();
	}

	/**
	 * The last day where the meeting takes place.
	 */
	public LocalDate endDate() {
		LocalDate end = this.endAt.atZone(zone()).toLocalDate();
		return this.allDay ? end.minusDays(1) : end;
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	Instant startAt() {
		return this.startAt;
	}

	Instant endAt() {
		return this.endAt;
	}

	boolean allDay() {
		return this.allDay;
	}

}
