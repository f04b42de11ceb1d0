package com.wbiisg.mapping.reporting.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.reporting.ReportView;
import org.jspecify.annotations.Nullable;

/**
 * The report shapes of the API (API.md, Reports): a draft's metadata, and a draft with
 * its figures and what the reader may see of its needs and projects.
 */
final class ReportJson {

	private ReportJson() {
	}

	/**
	 * A draft's metadata: which report, which draft, where it stands.
	 */
	record Summary(long id, ReportKind kind, String initiative, long cycleId, @Nullable String cycleName,
			@Nullable Integer year, int draftNumber, ReportStatus status, Instant generatedAt, String generatedBy,
			@Nullable String discussedAt, @Nullable Instant finalisedAt, @Nullable LocalDate adoptedOn,
			@Nullable String adoptionDecision, @Nullable Instant publishedAt, long version) {

		static Summary of(ReportDraftView draft, Map<Long, String> cycleNames) {
			return new Summary(draft.id(), draft.kind(), draft.initiative(), draft.cycleId(),
					cycleNames.get(draft.cycleId()), draft.year(), draft.draftNumber(), draft.status(),
					draft.generatedAt(), draft.generatedBy(), draft.discussedAt(), draft.finalisedAt(),
					draft.adoptedOn(), draft.adoptionDecision(), draft.publishedAt(), draft.version());
		}

	}

	/**
	 * What POST /reports answers.
	 */
	record Created(long id, int draftNumber, ReportStatus status) {
	}

	/**
	 * A draft with its figures, and the needs, projects and links the reader may see; the
	 * needs and projects the reader may not see are only counted.
	 */
	record Details(long id, ReportKind kind, String initiative, String initiativeName, long cycleId, String cycleName,
			@Nullable Integer year, int draftNumber, ReportStatus status, Instant generatedAt, String generatedBy,
			@Nullable String discussedAt, @Nullable Instant finalisedAt, @Nullable LocalDate adoptedOn,
			@Nullable String adoptionDecision, @Nullable Instant publishedAt, long version, Figures figures,
			List<ReportSnapshot.Cell> cells, List<ReportSnapshot.FundingRow> funding,
			List<ReportSnapshot.NeedRow> needs, int hiddenNeeds, List<ReportSnapshot.ProjectRow> projects,
			int hiddenProjects, List<ReportSnapshot.LinkRow> links) {

		static Details of(ReportDraftView draft, ReportView view) {
			ReportSnapshot snapshot = view.snapshot();
			return new Details(draft.id(), draft.kind(), draft.initiative(), snapshot.initiativeName(), draft.cycleId(),
					snapshot.cycleName(), draft.year(), draft.draftNumber(), draft.status(), draft.generatedAt(),
					draft.generatedBy(), draft.discussedAt(), draft.finalisedAt(), draft.adoptedOn(),
					draft.adoptionDecision(), draft.publishedAt(), draft.version(), snapshot.totals(), snapshot.cells(),
					snapshot.funding(), snapshot.needs(), view.hiddenNeeds(), snapshot.projects(),
					view.hiddenProjects(), snapshot.links());
		}

	}

}
