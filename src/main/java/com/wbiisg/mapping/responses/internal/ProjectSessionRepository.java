package com.wbiisg.mapping.responses.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the persistence context holds of projects: let go of what a read handed on, and of
 * everything an import's batch held once it is written, so that neither a long reading
 * nor a large import keeps every project it met.
 */
@Repository
class ProjectSessionRepository {

	private final EntityManager entities;

	ProjectSessionRepository(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * Lets go of what was read and handed on, in a read-only transaction (in a writing
	 * one the caller may hold changes).
	 */
	void forgetRead(List<?> read) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			read.forEach(this.entities::detach);
		}
	}

	/**
	 * Sends the changes of the entities held to the database, then lets go of them all,
	 * so that the next batch of an import does not check them again at each flush.
	 */
	void flushAndForget() {
		this.entities.flush();
		this.entities.clear();
	}

}
