package com.wbiisg.mapping.exchange.internal.jobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the exchange job workers busy in the tests, so that the next job waits in the
 * queue, or a job stops half-way, until the test releases it.
 */
final class BusyWorkers {

	private BusyWorkers() {
	}

	/**
	 * Gives every worker a task that waits for the release, so that the next job waits in
	 * the queue.
	 */
	static void occupyEvery(JobWorkers workers, int count, CountDownLatch release) throws InterruptedException {
		CountDownLatch busy = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			workers.submit(0, SecurityContextHolder.createEmptyContext(), new JobWorkers.Messages("unexpected", "busy"),
					() -> {
						busy.countDown();
						await(release);
					});
		}
		assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
	}

	/**
	 * Waits until the workers have finished every task given them so far: until every
	 * worker is free for a task of the test at once, so none still works on an earlier
	 * one.
	 */
	static void awaitIdle(JobWorkers workers, int count) throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		try {
			occupyEvery(workers, count, release);
		}
		finally {
			release.countDown();
		}
	}

	/**
	 * Waits for the latch, at most a minute, on a worker.
	 */
	static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
