package com.wbiisg.mapping.meetings.internal.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {

}
