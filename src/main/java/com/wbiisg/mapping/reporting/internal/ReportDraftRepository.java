package com.wbiisg.mapping.reporting.internal;

import java.util.List;

import com.wbiisg.mapping.reporting.ReportKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

	@Query("select coalesce(max(d.draftNumber), 0) from ReportDraft d where d.kind = :kind and d.initiative = :initiative and d.scopeKey = :scopeKey")
	int lastDraftNumber(ReportKind kind, String initiative, String scopeKey);

	List<ReportDraft> findAllByOrderByGeneratedAtDescIdDesc();

}
