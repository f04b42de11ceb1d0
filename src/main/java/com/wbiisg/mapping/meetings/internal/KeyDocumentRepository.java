package com.wbiisg.mapping.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyDocumentRepository extends JpaRepository<KeyDocument, Long> {

	List<KeyDocument> findAllByOrderByKindAscTitleAsc();

}
