package com.wbiisg.mapping.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A count of the changes to some data, which a cache of that data compares against to
 * know it is still current. It moves on at the change and again when the change's
 * transaction ends, committed or not, so that nothing read before the commit stays cached
 * as current; a cache should keep only what it read outside read-write transactions,
 * which see their own uncommitted changes.
 */
public class ChangeCount {

	private final AtomicLong count = new AtomicLong();

	public long current() {
		return this.count.get();
	}

	public void changed() {
		this.count.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ChangeCount.this.count.incrementAndGet();
				}
			});
		}
	}

	/**
	 * Whether what the current thread reads now may be cached: outside a transaction or
	 * in a read-only one.
	 */
	public static boolean cacheableRead() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
