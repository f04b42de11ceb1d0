package com.wbiisg.mapping.membership.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to organisations, partners and working groups: what the registry
 * cached in {@link MembershipCatalogue} compares against to know it is current. The count
 * moves on at the change and again when its transaction ends, so nothing read before the
 * commit stays cached as current.
 */
@Component
class RegistryGeneration {

	private final AtomicLong generation = new AtomicLong();

	long current() {
		return this.generation.get();
	}

	void changed() {
		this.generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					RegistryGeneration.this.generation.incrementAndGet();
				}
			});
		}
	}

}
