package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.reporting.ReportKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes the next numbered draft of a report: takes the snapshot, stores it and audits
 * it. Who may generate is {@link ReportGeneration}'s rule; the demo data writes its
 * drafts here with the dates of the demo story.
 */
@Component
class DraftWriter {

	private final ReportDraftRepository drafts;

	private final SnapshotBuilder builder;

	private final SnapshotCodec codec;

	private final AuditTrail audit;

	DraftWriter(ReportDraftRepository drafts, SnapshotBuilder builder, SnapshotCodec codec, AuditTrail audit) {
		this.drafts = drafts;
		this.builder = builder;
		this.codec = codec;
		this.audit = audit;
	}

	ReportDraft write(ReportKind kind, CycleView cycle, @Nullable Integer year, String by, Instant at,
			String auditAction) {
		int number = this.drafts.lastDraftNumber(kind, cycle.initiative(), ReportDraft.scopeKey(kind, cycle.id(), year))
				+ 1;
		ReportSnapshot snapshot = this.builder.build(kind, cycle, year, number, by, at);
		ReportDraft draft = this.drafts.saveAndFlush(new ReportDraft(kind, cycle.initiative(), cycle.id(), year, number,
				this.codec.write(snapshot), by, at));
		this.audit.recordChange(auditAction, ReportGeneration.RECORD, draft.getId(),
				Changes.of()
					.set("kind", kind)
					.set("initiative", cycle.initiative())
					.set("cycle", cycle.name())
					.set("year", year)
					.set("draft", number)
					.set("needs", snapshot.needs().size())
					.set("projects", snapshot.projects().size()));
		return draft;
	}

}
