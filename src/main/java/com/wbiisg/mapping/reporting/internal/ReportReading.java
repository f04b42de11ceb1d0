package com.wbiisg.mapping.reporting.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.reporting.ReportViews;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads report drafts and their snapshots for the current user: members read every draft,
 * observers only published ones, and a draft the reader may not read does not exist for
 * them. What a reader is shown of the needs in a snapshot is {@link ReportViews}' rule.
 */
@Service
@Transactional(readOnly = true)
public class ReportReading {

	private static final Set<Role> MEMBERS = EnumSet.of(Role.SECRETARIAT, Role.BOARD, Role.BENEFICIARY_FOCAL_POINT,
			Role.PARTNER_FOCAL_POINT);

	/**
	 * A report draft, as the audit trail keeps a denied read of it and as the messages
	 * name it.
	 */
	static final RecordType DRAFT = RecordType.of("Report draft", "reporting.record.draft");

	private static final List<ReportStatus> PUBLISHED = List.of(ReportStatus.PUBLISHED);

	private final ReportDraftRepository drafts;

	private final SnapshotCodec codec;

	ReportReading(ReportDraftRepository drafts, SnapshotCodec codec) {
		this.drafts = drafts;
		this.codec = codec;
	}

	public List<ReportDraft> list() {
		return this.drafts.findAllByOrderByGeneratedAtDescIdDesc();
	}

	/**
	 * The drafts the current user may read, of the initiative and kind where given,
	 * grouped by report, newest draft first.
	 */
	public List<ReportDraft> list(@Nullable String initiative, @Nullable ReportKind kind) {
		List<ReportStatus> statuses = readsDrafts() ? List.of(ReportStatus.values()) : PUBLISHED;
		String code = (initiative == null || initiative.isBlank()) ? null : initiative.trim();
		return this.drafts.list(code, kind, statuses);
	}

	/**
	 * Any draft, whoever asks: for the services that check their callers themselves.
	 */
	public ReportDraft draft(long id) {
		return this.drafts.findById(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * A draft the current user may read.
	 * @throws RecordNotFoundException when there is none, a {@link HiddenRecordException}
	 * when the reader may not read it
	 */
	public ReportDraft readable(long id) {
		return HiddenRecordException.requireVisible(this.drafts.findById(id),
				(draft) -> readsDrafts() || draft.getStatus() == ReportStatus.PUBLISHED, DRAFT, id);
	}

	/**
	 * A published draft, for anyone, signed in or not.
	 */
	public ReportDraft published(long id) {
		return HiddenRecordException.requireVisible(this.drafts.findById(id),
				(draft) -> draft.getStatus() == ReportStatus.PUBLISHED, DRAFT, id);
	}

	/**
	 * Every published draft, for anyone.
	 */
	public List<ReportDraft> published() {
		return this.drafts.list(null, null, PUBLISHED);
	}

	/**
	 * The drafts of the same report as this one, newest first, itself included.
	 */
	public List<ReportDraft> sameReport(ReportDraft draft) {
		return sameReport(draft.getKind(), draft.getInitiative(), draft.getScopeKey());
	}

	/**
	 * The drafts of one report, newest first.
	 */
	public List<ReportDraft> sameReport(ReportKind kind, String initiative, String scopeKey) {
		return this.drafts.findByKindAndInitiativeAndScopeKeyOrderByDraftNumberDesc(kind, initiative, scopeKey);
	}

	public ReportSnapshot snapshot(long id) {
		return snapshot(draft(id));
	}

	public ReportSnapshot snapshot(ReportDraft draft) {
		return this.codec.read(draft.getSnapshot());
	}

	/**
	 * Whether the current user reads drafts before they are published: every member.
	 */
	public static boolean readsDrafts() {
		return CurrentUser.get().map((user) -> MEMBERS.contains(user.role())).orElse(false);
	}

	private static RecordNotFoundException notFound(long id) {
		return new RecordNotFoundException(DRAFT, id);
	}

}
