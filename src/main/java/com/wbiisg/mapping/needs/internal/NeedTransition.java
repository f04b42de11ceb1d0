package com.wbiisg.mapping.needs.internal;

import java.time.Instant;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedTransitionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step of a need's history: who moved it from which state to which, when, and why.
 */
@Entity
@Table(name = "need_transition")
class NeedTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "need_id", nullable = false, updatable = false)
	private long needId;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant at;

	@Column(name = "actor", nullable = false, updatable = false)
	private String by;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private @Nullable NeedAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private @Nullable NeedStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false)
	private NeedStatus to;

	@Column(updatable = false)
	private @Nullable String reason;

	protected NeedTransition() {
	}

	NeedTransition(long needId, Instant at, String by, @Nullable NeedAction action, @Nullable NeedStatus from,
			NeedStatus to, @Nullable String reason) {
		this.needId = needId;
		this.at = at;
		this.by = by;
		this.action = action;
		this.from = from;
		this.to = to;
		this.reason = reason;
	}

	NeedTransitionView toView() {
		return new NeedTransitionView(this.at, this.by, this.action, this.from, this.to, this.reason);
	}

}
