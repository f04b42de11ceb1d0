package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the next numbered draft of a report: takes the snapshot, stores it and audits
 * it. Who may generate is {@link ReportGeneration}'s rule; the demo data writes its
 * drafts here with the dates of the demo story.
 *
 * <p>
 * The snapshot is read in a read-only transaction of its own (where no transaction is
 * open yet): tens of thousands of needs, links and projects are then loaded read-only,
 * with no copy kept for change detection and no flush before each query, and only the
 * draft itself is written in a short transaction after it.
 */
@Component
class DraftWriter {

	private static final Logger log = LoggerFactory.getLogger(DraftWriter.class);

	private final ReportDraftRepository drafts;

	private final SnapshotBuilder builder;

	private final SnapshotCodec codec;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	DraftWriter(ReportDraftRepository drafts, SnapshotBuilder builder, SnapshotCodec codec, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.drafts = drafts;
		this.builder = builder;
		this.codec = codec;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	Written write(ReportKind kind, CycleView cycle, @Nullable Integer year, String by, Instant at, String auditAction) {
		long started = System.nanoTime();
		ReportSnapshot taken = this.reading
			.execute((status) -> this.builder.build(kind, cycle, year, nextNumber(kind, cycle, year), by, at));
		long took = System.nanoTime();
		Written written = this.writing.execute((status) -> {
			int number = nextNumber(kind, cycle, year);
			ReportSnapshot snapshot = (taken.draftNumber() == number) ? taken : taken.withDraftNumber(number);
			ReportDraft draft = this.drafts.saveAndFlush(new ReportDraft(kind, cycle.initiative(), cycle.id(), year,
					number, this.codec.write(snapshot), by, at));
			this.audit.recordChange(auditAction, ReportGeneration.RECORD, draft.getId(),
					Changes.of()
						.set("kind", kind)
						.set("initiative", cycle.initiative())
						.set("cycle", cycle.name())
						.set("year", year)
						.set("draft", number)
						.set("needs", snapshot.needs().size())
						.set("projects", snapshot.projects().size()));
			return new Written(draft, snapshot);
		});
		log.info("Report draft {} of {} ({} needs, {} projects, {} links): snapshot taken in {} ms, stored in {} ms",
				written.draft().getDraftNumber(), cycle.name(), taken.needs().size(), taken.projects().size(),
				taken.links().size(), (took - started) / 1_000_000, (System.nanoTime() - took) / 1_000_000);
		return written;
	}

	private int nextNumber(ReportKind kind, CycleView cycle, @Nullable Integer year) {
		return this.drafts.lastDraftNumber(kind, cycle.initiative(), ReportDraft.scopeKey(kind, cycle.id(), year)) + 1;
	}

	/**
	 * A draft as written, and the snapshot it holds, still in memory.
	 */
	record Written(ReportDraft draft, ReportSnapshot snapshot) {
	}

}
