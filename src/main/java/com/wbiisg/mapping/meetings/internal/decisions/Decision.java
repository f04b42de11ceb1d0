package com.wbiisg.mapping.meetings.internal.decisions;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionRecorded;
import com.wbiisg.mapping.shared.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A decision of a meeting, numbered within it. A decision is never changed once recorded:
 * a wrong one is corrected by a later decision. {@code applied} says whether the platform
 * applied it to its target when it was recorded; decisions entered from the record of an
 * earlier time (the demo's history) name their target without applying it. A recorded
 * decision registers {@link DecisionRecorded}, which the repository publishes when it
 * saves it.
 */
@Entity
@Table(name = "meeting_decision")
public class Decision extends Aggregate<Decision> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private long meetingId;

	@Column(name = "decision_number", nullable = false, updatable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DecisionKind kind;

	@Column(name = "decision_text", nullable = false, updatable = false)
	private String text;

	@Column(name = "target_id", updatable = false)
	private @Nullable Long targetId;

	@Column(name = "target_label", updatable = false)
	private @Nullable String targetLabel;

	@Column(name = "decision_option", updatable = false)
	private @Nullable String option;

	@Column(name = "decided_on", nullable = false, updatable = false)
	private LocalDate decidedOn;

	@Column(nullable = false, updatable = false)
	private boolean applied;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Decision() {
	}

	public Decision(long meetingId, int number, DecisionKind kind, String text, @Nullable Long targetId,
			@Nullable String targetLabel, @Nullable String option, LocalDate decidedOn, boolean applied,
			String recordedBy, Instant recordedAt) {
		this.meetingId = meetingId;
		this.number = number;
		this.kind = kind;
		this.text = text;
		this.targetId = targetId;
		this.targetLabel = targetLabel;
		this.option = option;
		this.decidedOn = decidedOn;
		this.applied = applied;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * A decision is announced once the database has given it its id.
	 */
	@PostPersist
	private void recorded() {
		announce(() -> new DecisionRecorded(this.id, this.meetingId, this.kind, this.targetId, this.decidedOn));
	}

	public Long getId() {
		return this.id;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public int getNumber() {
		return this.number;
	}

	public DecisionKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable Long getTargetId() {
		return this.targetId;
	}

	public @Nullable String getTargetLabel() {
		return this.targetLabel;
	}

	public @Nullable String getOption() {
		return this.option;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public boolean isApplied() {
		return this.applied;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
