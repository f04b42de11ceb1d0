package com.wbiisg.mapping.analysis.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the persistence context go of analysed needs that were read and handed on as
 * views, so that reading a large cycle batch by batch keeps one batch in memory. Only in
 * a read-only transaction: in a writing one the caller may hold changed rows.
 */
@Repository
class AnalysedNeedSessionRepository {

	private final EntityManager entities;

	AnalysedNeedSessionRepository(EntityManager entities) {
		this.entities = entities;
	}

	void forgetRead(List<AnalysedNeed> batch) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			batch.forEach(this.entities::detach);
		}
	}

}
