package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedContentChanged;
import com.wbiisg.mapping.needs.NeedEntered;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedStatusChanged;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.AuditedAggregate;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * A need of a WB partner (or regional) under one measure of a cycle's framework. It
 * guards its workflow through {@link NeedWorkflow}: content changes only in draft or
 * returned, adopted needs are frozen. It registers the event of each change, which the
 * repository publishes when it saves the need.
 */
@Entity
@Table(name = "need")
class Need extends AuditedAggregate<Need> {

	@Column(name = "cycle_id", nullable = false, updatable = false)
	private long cycleId;

	@Column(name = "initiative_code", nullable = false, updatable = false)
	private String initiative;

	@Column(name = "pillar_code", nullable = false, updatable = false)
	private String pillar;

	@Column(name = "objective_code", nullable = false, updatable = false)
	private String objective;

	@Column(name = "measure_code", nullable = false, updatable = false)
	private String measureCode;

	@Column(name = "partner_code", nullable = false, updatable = false)
	private String partner;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_type", nullable = false)
	private NeedType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Perspective perspective;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	private @Nullable String institution;

	@Column(name = "estimated_cost_eur")
	private @Nullable BigDecimal estimatedCostEur;

	@Enumerated(EnumType.STRING)
	private @Nullable Timeframe timeframe;

	@Column(name = "timeframe_start")
	private @Nullable LocalDate timeframeStart;

	@Column(name = "timeframe_end")
	private @Nullable LocalDate timeframeEnd;

	@Column(name = "reference_tags")
	private @Nullable String references;

	@Column(nullable = false)
	private boolean restricted;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus status;

	@Column(name = "return_reason")
	private @Nullable String returnReason;

	@Column(name = "adoption_decision")
	private @Nullable String adoptionDecision;

	protected Need() {
	}

	Need(long cycleId, String initiative, String measureCode, String partner, NeedContent content, String by,
			Instant at) {
		this.cycleId = cycleId;
		this.initiative = initiative;
		this.measureCode = measureCode;
		String[] parts = measureCode.split("\\.");
		this.pillar = parts[0];
		this.objective = parts[0] + "." + parts[1];
		this.partner = partner;
		this.status = NeedStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		apply(content, at);
	}

	/**
	 * Whether this actor may change the content now: only in draft or returned, only its
	 * partner or the Secretariat, only from the version the change was made on.
	 */
	void ensureEditable(Set<Actor> actor, long expectedVersion) {
		if (!NeedWorkflow.EDITORS.stream().anyMatch(actor::contains)) {
			throw new AccessDeniedException(UserText.of("needs.need.editorsOnly").english());
		}
		if (!NeedWorkflow.EDITABLE.contains(this.status)) {
			throw new ConflictException(
					UserText.of("needs.need.notEditable", this.id, this.status.name().toLowerCase(Locale.ROOT)));
		}
		ensureVersion(expectedVersion);
	}

	void edit(NeedContent content, long expectedVersion, Set<Actor> actor, Instant at) {
		ensureEditable(actor, expectedVersion);
		apply(content, at);
		announce(() -> new NeedContentChanged(this.id, this.cycleId));
	}

	/**
	 * Takes a workflow step as the table allows it, by the named user, and returns the
	 * move made.
	 */
	NeedWorkflow.Move take(NeedAction action, Set<Actor> actor, String by, @Nullable String reason,
			@Nullable String decision, Instant at) {
		NeedStatus from = this.status;
		NeedWorkflow.Move move = NeedWorkflow.move(this.status, action, actor);
		if (move.needsReason() && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("reason", UserText.of("needs.transition.reasonRequired"));
		}
		if (action == NeedAction.ADOPT) {
			requireDecision(decision);
		}
		this.status = move.to();
		this.returnReason = (action == NeedAction.RETURN) ? reason.trim() : this.returnReason;
		if (action == NeedAction.ADOPT) {
			this.adoptionDecision = decision.trim();
		}
		this.updatedAt = at;
		announce(() -> new NeedStatusChanged(this.id, this.cycleId, this.partner, action, from, move.to(), by,
				(action == NeedAction.ADOPT) ? decision : reason));
		return move;
	}

	/**
	 * An adoption names its decision, for one need or for many at once.
	 */
	static void requireDecision(@Nullable String decision) {
		if (decision == null || decision.isBlank()) {
			throw new InvalidInputException("decision", UserText.of("needs.transition.decisionRequired"));
		}
	}

	/**
	 * A new need is announced once the database has given it its id.
	 */
	@PostPersist
	private void entered() {
		announce(() -> new NeedEntered(this.id, this.cycleId));
	}

	private void apply(NeedContent content, Instant at) {
		this.title = content.title();
		this.description = content.description();
		this.type = content.type();
		this.perspective = content.perspective();
		this.priority = content.priority();
		this.institution = content.institution();
		this.estimatedCostEur = content.estimatedCostEur();
		this.timeframe = content.timeframe();
		this.timeframeStart = content.timeframeStart();
		this.timeframeEnd = content.timeframeEnd();
		this.references = content.references().isEmpty() ? null : String.join("\n", content.references());
		this.restricted = content.restricted();
		this.updatedAt = at;
	}

	@Override
	protected RecordType recordType() {
		return NeedEditing.NEED;
	}

	NeedView toView() {
		return new NeedView(this.id, this.cycleId, this.initiative, this.pillar, this.objective, this.measureCode,
				this.partner, this.title, this.description, this.type, this.perspective, this.priority,
				this.institution, this.estimatedCostEur, this.timeframe, this.timeframeStart, this.timeframeEnd,
				references(), this.restricted, this.status, this.returnReason, this.adoptionDecision, this.createdBy,
				this.createdAt, this.updatedAt, this.version);
	}

	NeedFact toFact() {
		return new NeedFact(this.id, this.cycleId, this.initiative, this.pillar, this.objective, this.measureCode,
				this.partner, this.title, this.description, this.priority, this.status, this.restricted,
				this.estimatedCostEur);
	}

	List<String> references() {
		return (this.references == null) ? List.of() : Arrays.asList(this.references.split("\n"));
	}

	long getCycleId() {
		return this.cycleId;
	}

	String getInitiative() {
		return this.initiative;
	}

	String getPillar() {
		return this.pillar;
	}

	String getPartner() {
		return this.partner;
	}

	NeedStatus getStatus() {
		return this.status;
	}

	boolean isRestricted() {
		return this.restricted;
	}

}
