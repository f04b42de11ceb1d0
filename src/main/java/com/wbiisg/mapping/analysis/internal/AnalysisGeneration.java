package com.wbiisg.mapping.analysis.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves on whenever the read model changes, once the change is committed:
 * what cached results of the analysis compare against to know they are still current.
 */
@Component
class AnalysisGeneration {

	private final AtomicLong generation = new AtomicLong();

	long current() {
		return this.generation.get();
	}

	/**
	 * Moves the counter on after the current transaction commits (at once outside one),
	 * so that nothing computed from uncommitted data is cached as current.
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					AnalysisGeneration.this.generation.incrementAndGet();
				}
			});
		}
		else {
			this.generation.incrementAndGet();
		}
	}

}
