package com.wbiisg.mapping.reporting;

import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportGeneration;
import com.wbiisg.mapping.reporting.internal.ReportLifecycle;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The report drafts as the report pages and the API use them: reading the drafts the
 * current user may read, generating a draft and taking a step of its lifecycle. The
 * rules, the access checks and the audit are those of the services this delegates to.
 */
@Service
public class ReportDrafts {

	private final ReportReading reading;

	private final ReportGeneration generation;

	private final ReportLifecycle lifecycle;

	ReportDrafts(ReportReading reading, ReportGeneration generation, ReportLifecycle lifecycle) {
		this.reading = reading;
		this.generation = generation;
		this.lifecycle = lifecycle;
	}

	/**
	 * The drafts the current user may read, of the initiative and kind where given,
	 * grouped by report, newest draft first.
	 */
	public List<ReportDraftView> list(@Nullable String initiative, @Nullable ReportKind kind) {
		return views(this.reading.list(initiative, kind));
	}

	/**
	 * A draft the current user may read.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is none, a
	 * {@link com.wbiisg.mapping.shared.HiddenRecordException} when the reader may not
	 * read it
	 */
	public ReportDraftView readable(long id) {
		return view(this.reading.readable(id));
	}

	/**
	 * A draft the current user may read, with its snapshot.
	 */
	public Readable readableWithSnapshot(long id) {
		ReportDraft draft = this.reading.readable(id);
		return new Readable(view(draft), this.reading.snapshot(draft));
	}

	/**
	 * The drafts of the same report as this one, newest first, itself included.
	 */
	public List<ReportDraftView> sameReport(ReportDraftView draft) {
		return views(this.reading.sameReport(draft.kind(), draft.initiative(), draft.scopeKey()));
	}

	/**
	 * The snapshot of any draft: for a draft the caller has already checked.
	 */
	public ReportSnapshot snapshot(long id) {
		return this.reading.snapshot(id);
	}

	/**
	 * Whether the current user reads drafts before they are published: every member.
	 */
	public static boolean readsDrafts() {
		return ReportReading.readsDrafts();
	}

	public ReportDraftView generate(@Nullable ReportKind kind, @Nullable String initiative, @Nullable Long cycleId,
			@Nullable Integer year) {
		return view(this.generation.generate(kind, initiative, cycleId, year));
	}

	/**
	 * Takes one step of a draft's lifecycle.
	 * @param expectedVersion the version the client read, checked when given
	 */
	public ReportDraftView transition(long id, @Nullable ReportAction action, @Nullable String decision,
			@Nullable LocalDate adoptedOn, @Nullable Long expectedVersion) {
		return view(this.lifecycle.transition(id, action, decision, adoptedOn, expectedVersion));
	}

	private static List<ReportDraftView> views(List<ReportDraft> drafts) {
		return drafts.stream().map(ReportDrafts::view).toList();
	}

	private static ReportDraftView view(ReportDraft draft) {
		return new ReportDraftView(draft.getId(), draft.getKind(), draft.getInitiative(), draft.getCycleId(),
				draft.getYear(), draft.getScopeKey(), draft.getDraftNumber(), draft.getStatus(), draft.getGeneratedAt(),
				draft.getGeneratedBy(), draft.getDiscussedAt(), draft.getFinalisedAt(), draft.getAdoptedOn(),
				draft.getAdoptionDecision(), draft.getPublishedAt(), draft.getVersion(), draft.nextAction());
	}

	/**
	 * A readable draft and its snapshot, read together.
	 */
	public record Readable(ReportDraftView draft, ReportSnapshot snapshot) {
	}

}
