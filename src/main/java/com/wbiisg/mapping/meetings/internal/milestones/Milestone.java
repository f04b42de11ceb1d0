package com.wbiisg.mapping.meetings.internal.milestones;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.meetings.MilestonePlanning;
import com.wbiisg.mapping.shared.AuditedAggregate;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A named deadline of the process, such as "first mapping products within 6 months of the
 * 5th Board". One derived from a meeting keeps the meeting and the number of months, and
 * moves when the meeting does.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends AuditedAggregate<Milestone> {

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "meeting_id")
	private @Nullable Long meetingId;

	@Column(name = "months_after")
	private @Nullable Integer monthsAfter;

	protected Milestone() {
	}

	public Milestone(String name, @Nullable String description, LocalDate dueOn, @Nullable Long meetingId,
			@Nullable Integer monthsAfter, String by, Instant at) {
		this.name = name;
		this.description = description;
		this.dueOn = dueOn;
		this.meetingId = meetingId;
		this.monthsAfter = monthsAfter;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedAt = at;
	}

	/**
	 * Follows its meeting to a new first day; returns whether the due date changed.
	 */
	public boolean follow(LocalDate meetingStart, Instant at) {
		if (this.monthsAfter == null) {
			return false;
		}
		LocalDate due = meetingStart.plusMonths(this.monthsAfter);
		if (due.equals(this.dueOn)) {
			return false;
		}
		this.dueOn = due;
		this.updatedAt = at;
		return true;
	}

	@Override
	protected RecordType recordType() {
		return MilestonePlanning.MILESTONE;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public @Nullable Long getMeetingId() {
		return this.meetingId;
	}

	public @Nullable Integer getMonthsAfter() {
		return this.monthsAfter;
	}

}
