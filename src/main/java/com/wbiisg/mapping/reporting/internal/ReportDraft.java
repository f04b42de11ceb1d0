package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.reporting.ReportStatusChanged;
import com.wbiisg.mapping.shared.Aggregate;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A numbered draft of a report: its snapshot (gzipped JSON of a {@link ReportSnapshot},
 * written once and never changed) and where it stands on its way to publication. Each
 * step registers {@link ReportStatusChanged}, which the repository publishes when it
 * saves the draft.
 */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends Aggregate<ReportDraft> {

	static final int MEETING_LENGTH = 300;

	static final int DECISION_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReportKind kind;

	@Column(name = "initiative_code", nullable = false, updatable = false)
	private String initiative;

	@Column(name = "cycle_id", nullable = false, updatable = false)
	private long cycleId;

	@Column(name = "report_year", updatable = false)
	private @Nullable Integer year;

	@Column(name = "scope_key", nullable = false, updatable = false)
	private String scopeKey;

	@Column(name = "draft_number", nullable = false, updatable = false)
	private int draftNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	@Column(nullable = false, updatable = false)
	private byte[] snapshot;

	@Column(name = "generated_by", nullable = false, updatable = false)
	private String generatedBy;

	@Column(name = "generated_at", nullable = false, updatable = false)
	private Instant generatedAt;

	@Column(name = "discussed_at")
	private @Nullable String discussedAt;

	@Column(name = "finalised_at")
	private @Nullable Instant finalisedAt;

	@Column(name = "adopted_on")
	private @Nullable LocalDate adoptedOn;

	@Column(name = "adoption_decision")
	private @Nullable String adoptionDecision;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	/**
	 * The scope key while this draft is its report's adopted (or published) one, else
	 * null; unique per kind and initiative, so no second draft of a report is adopted.
	 */
	@Column(name = "adopted_scope")
	private @Nullable String adoptedScope;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ReportDraft() {
	}

	ReportDraft(ReportKind kind, String initiative, long cycleId, @Nullable Integer year, int draftNumber,
			byte[] snapshot, String generatedBy, Instant generatedAt) {
		this.kind = kind;
		this.initiative = initiative;
		this.cycleId = cycleId;
		this.year = year;
		this.scopeKey = scopeKey(kind, cycleId, year);
		this.draftNumber = draftNumber;
		this.status = ReportStatus.DRAFT;
		this.snapshot = snapshot;
		this.generatedBy = generatedBy;
		this.generatedAt = generatedAt;
		this.updatedAt = generatedAt;
	}

	/**
	 * Takes a step of the lifecycle as {@link ReportWorkflow} allows it: discussed at a
	 * meeting (the decision names it), final, adopted (by the decision of the Board, on a
	 * date), published.
	 * @throws ConflictException when the draft's status does not allow the step
	 * @throws InvalidInputException when the step lacks its meeting or decision
	 */
	void take(ReportAction action, @Nullable String decision, @Nullable LocalDate adoptedOn, String by, Instant at) {
		ReportStatus from = this.status;
		ReportStatus to = ReportWorkflow.next(this.status, action)
			.orElseThrow(() -> new ConflictException(ReportWorkflow.refused(action, this.draftNumber, this.status)));
		switch (action) {
			case DISCUSS -> this.discussedAt = required(decision, "decision", MEETING_LENGTH,
					UserText.of("reporting.decision.discussRequired"));
			case FINALISE -> this.finalisedAt = at;
			case ADOPT -> {
				String board = required(decision, "decision", DECISION_LENGTH,
						UserText.of("reporting.decision.adoptRequired"));
				if (adoptedOn == null) {
					throw new InvalidInputException("adoptedOn", UserText.of("reporting.adoptedOn.required"));
				}
				this.adoptionDecision = board;
				this.adoptedOn = adoptedOn;
				this.adoptedScope = this.scopeKey;
			}
			case PUBLISH -> this.publishedAt = at;
		}
		this.status = to;
		this.updatedAt = at;
		String recorded = switch (action) {
			case DISCUSS -> this.discussedAt;
			case ADOPT -> this.adoptionDecision;
			case FINALISE, PUBLISH -> null;
		};
		announce(() -> new ReportStatusChanged(this.id, this.kind, this.initiative, this.cycleId, this.year,
				this.draftNumber, action, from, to, by, recorded,
				(action == ReportAction.ADOPT) ? this.adoptedOn : null));
	}

	/**
	 * The next step of the lifecycle this draft may take, if any.
	 */
	public Optional<ReportAction> nextAction() {
		return ReportWorkflow.actionFrom(this.status);
	}

	/**
	 * @throws ConflictException when the client read another version of the draft
	 */
	void ensureVersion(@Nullable Long expected) {
		if (expected != null && expected != this.version) {
			throw ConflictException.staleVersion(ReportReading.DRAFT, this.id, expected, this.version);
		}
	}

	/**
	 * Whether the other draft is a draft of the same report (kind, initiative, cycle or
	 * year).
	 */
	public boolean sameReportAs(ReportDraft other) {
		return this.kind == other.kind && this.initiative.equals(other.initiative)
				&& this.scopeKey.equals(other.scopeKey);
	}

	private static String required(@Nullable String text, String field, int maxLength, UserText message) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, message);
		}
		if (text.trim().length() > maxLength) {
			throw new InvalidInputException(field, UserText.of("reporting.field.tooLong", maxLength));
		}
		return text.trim();
	}

	/**
	 * What drafts are numbered within: a Needs Mapping Report per cycle, a Response
	 * Mapping Report per reporting year.
	 */
	static String scopeKey(ReportKind kind, long cycleId, @Nullable Integer year) {
		return (kind == ReportKind.RESPONSE_MAPPING) ? "year:" + year : "cycle:" + cycleId;
	}

	public Long getId() {
		return this.id;
	}

	public ReportKind getKind() {
		return this.kind;
	}

	public String getInitiative() {
		return this.initiative;
	}

	public long getCycleId() {
		return this.cycleId;
	}

	public @Nullable Integer getYear() {
		return this.year;
	}

	public String getScopeKey() {
		return this.scopeKey;
	}

	public int getDraftNumber() {
		return this.draftNumber;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	byte[] getSnapshot() {
		return this.snapshot;
	}

	public String getGeneratedBy() {
		return this.generatedBy;
	}

	public Instant getGeneratedAt() {
		return this.generatedAt;
	}

	public @Nullable String getDiscussedAt() {
		return this.discussedAt;
	}

	public @Nullable Instant getFinalisedAt() {
		return this.finalisedAt;
	}

	public @Nullable LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public @Nullable String getAdoptionDecision() {
		return this.adoptionDecision;
	}

	public @Nullable Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
