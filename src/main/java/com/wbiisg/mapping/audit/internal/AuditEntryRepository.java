package com.wbiisg.mapping.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	@Query("select distinct e.recordType from AuditEntry e order by e.recordType")
	List<String> findRecordTypes();

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findActions();

	@Query("select distinct e.actor from AuditEntry e order by e.actor")
	List<String> findActors();

}
