package com.wbiisg.mapping.reporting.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

	@Query("select coalesce(max(d.draftNumber), 0) from ReportDraft d where d.kind = :kind and d.initiative = :initiative and d.scopeKey = :scopeKey")
	int lastDraftNumber(ReportKind kind, String initiative, String scopeKey);

	List<ReportDraft> findAllByOrderByGeneratedAtDescIdDesc();

	/**
	 * The drafts of the initiative and kind where given, in the statuses given, newest
	 * first.
	 */
	@Query("""
			select d from ReportDraft d
			where (:initiative is null or d.initiative = :initiative) and (:kind is null or d.kind = :kind)
			and d.status in :statuses
			order by d.initiative, d.kind, d.scopeKey desc, d.draftNumber desc""")
	List<ReportDraft> list(@Nullable String initiative, @Nullable ReportKind kind, List<ReportStatus> statuses);

	/**
	 * The drafts of one report, newest first.
	 */
	List<ReportDraft> findByKindAndInitiativeAndScopeKeyOrderByDraftNumberDesc(ReportKind kind, String initiative,
			String scopeKey);

	/**
	 * The adopted (or published) draft of a report, if one is.
	 */
	Optional<ReportDraft> findByKindAndInitiativeAndAdoptedScope(ReportKind kind, String initiative,
			String adoptedScope);

}
