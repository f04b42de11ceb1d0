package com.wbiisg.mapping.meetings.internal.documents;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

	List<DocumentVersion> findByDocumentIdOrderByNumberDesc(long documentId);

	List<DocumentVersion> findAllByOrderByDocumentIdAscNumberDesc();

	List<DocumentVersion> findByDecisionIdIn(Collection<Long> decisionIds);

	@Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.documentId = :documentId")
	int highestNumber(long documentId);

}
