package com.wbiisg.mapping.needs.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the persistence context go of needs that were read and handed on as views, so that
 * reading every need of a cycle batch by batch keeps one batch in memory, not all of
 * them. Only in a read-only transaction: in a writing one the caller may hold changed
 * needs.
 */
@Repository
class NeedSessionRepository {

	private final EntityManager entities;

	NeedSessionRepository(EntityManager entities) {
		this.entities = entities;
	}

	void forgetRead(List<Need> batch) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			batch.forEach(this.entities::detach);
		}
	}

}
