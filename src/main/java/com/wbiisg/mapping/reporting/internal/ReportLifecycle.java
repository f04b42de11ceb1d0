package com.wbiisg.mapping.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.NeedAdoption;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries a report draft through its lifecycle for the Secretariat, one audited step in
 * one transaction: discussed at a meeting, final, adopted by the Board, published. Only
 * one draft of a report is adopted; adopting a Needs Mapping Report adopts the needs it
 * lists as validated, through the needs workflow, in the same transaction, so either both
 * are adopted or neither.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class ReportLifecycle {

	private final ReportDraftRepository drafts;

	private final SnapshotCodec codec;

	private final NeedAdoption needs;

	private final AuditTrail audit;

	private final Clock clock;

	ReportLifecycle(ReportDraftRepository drafts, SnapshotCodec codec, NeedAdoption needs, AuditTrail audit,
			Clock clock) {
		this.drafts = drafts;
		this.codec = codec;
		this.needs = needs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Takes one step. Discussing names the meeting in {@code decision}; adopting names
	 * the Board decision, and the date of the adoption (today when not given).
	 * @param expectedVersion the version the client read, checked when given
	 */
	public ReportDraft transition(long id, @Nullable ReportAction action, @Nullable String decision,
			@Nullable LocalDate adoptedOn, @Nullable Long expectedVersion) {
		if (action == null) {
			throw new InvalidInputException("action", UserText.of("reporting.step.required"));
		}
		ReportDraft draft = this.drafts.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(ReportReading.DRAFT, id));
		draft.ensureVersion(expectedVersion);
		ReportStatus from = draft.getStatus();
		if (action == ReportAction.ADOPT) {
			this.drafts
				.findByKindAndInitiativeAndAdoptedScope(draft.getKind(), draft.getInitiative(), draft.getScopeKey())
				.filter((adopted) -> !adopted.getId().equals(draft.getId()))
				.ifPresent((adopted) -> {
					throw new ConflictException(UserText.of("reporting.alreadyAdopted", adopted.getDraftNumber()));
				});
		}
		LocalDate on = (action == ReportAction.ADOPT && adoptedOn == null) ? LocalDate.now(this.clock) : adoptedOn;
		String by = CurrentUser.get().map(CurrentUser::username).orElse("system");
		draft.take(action, decision, on, by, this.clock.instant());
		int needsAdopted = 0;
		if (action == ReportAction.ADOPT && draft.getKind() == ReportKind.NEEDS_MAPPING) {
			List<Long> validated = this.codec.read(draft.getSnapshot())
				.needs()
				.stream()
				.filter((need) -> NeedStatus.VALIDATED.name().equals(need.status()))
				.map(ReportSnapshot.NeedRow::id)
				.toList();
			needsAdopted = this.needs.adoptValidated(draft.getCycleId(), validated, draft.getAdoptionDecision());
		}
		this.drafts.saveAndFlush(draft);
		String recorded = switch (action) {
			case DISCUSS -> draft.getDiscussedAt();
			case ADOPT -> draft.getAdoptionDecision();
			case FINALISE, PUBLISH -> null;
		};
		LocalDate adopted = (action == ReportAction.ADOPT) ? draft.getAdoptedOn() : null;
		this.audit.recordChange(action.name(), ReportGeneration.RECORD, draft.getId(),
				Changes.of()
					.field("status", from, draft.getStatus())
					.set("decision", recorded)
					.set("adoptedOn", adopted)
					.set("needsAdopted", (action == ReportAction.ADOPT) ? needsAdopted : null));
		return draft;
	}

}
