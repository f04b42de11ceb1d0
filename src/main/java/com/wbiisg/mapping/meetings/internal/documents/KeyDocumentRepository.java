package com.wbiisg.mapping.meetings.internal.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyDocumentRepository extends JpaRepository<KeyDocument, Long> {

	List<KeyDocument> findAllByOrderByKindAscTitleAsc();

}
