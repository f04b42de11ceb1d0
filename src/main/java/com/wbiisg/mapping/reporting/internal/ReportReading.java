package com.wbiisg.mapping.reporting.internal;

import java.util.List;

import com.wbiisg.mapping.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads report drafts and their snapshots. What a reader is shown of restricted needs is
 * decided by the renderers, with the needs module's rule.
 */
@Service
@Transactional(readOnly = true)
public class ReportReading {

	private final ReportDraftRepository drafts;

	private final SnapshotCodec codec;

	ReportReading(ReportDraftRepository drafts, SnapshotCodec codec) {
		this.drafts = drafts;
		this.codec = codec;
	}

	public List<ReportDraft> list() {
		return this.drafts.findAllByOrderByGeneratedAtDescIdDesc();
	}

	public ReportDraft draft(long id) {
		return this.drafts.findById(id).orElseThrow(() -> new RecordNotFoundException("Report draft", id));
	}

	public ReportSnapshot snapshot(long id) {
		return this.codec.read(draft(id).getSnapshot());
	}

}
