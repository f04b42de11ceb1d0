package com.wbiisg.mapping.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;

/**
 * How many denied reads of each user are recorded: the first {@code perMinute} of a
 * window of one minute, which opens with the user's first denied read; the others are
 * only counted. A window that left some out is handed to {@code leftOut} once, when it
 * has ended: at the user's next denied read, or when the cache lets the window expire
 * (Caffeine's scheduler looks soon after its end). Time is the application's clock.
 */
final class DeniedReadLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	/**
	 * More users than ever probe at once; beyond, the oldest windows end early.
	 */
	private static final long MAX_USERS = 10_000;

	private final int perMinute;

	private final Clock clock;

	private final Consumer<LeftOut> leftOut;

	private final Cache<String, Window> windows;

	DeniedReadLimit(int perMinute, Clock clock, Consumer<LeftOut> leftOut) {
		this.perMinute = perMinute;
		this.clock = clock;
		this.leftOut = leftOut;
		this.windows = Caffeine.newBuilder()
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			// A window ends a minute after it opened, however often it is counted in.
			.expireAfter(Expiry.creating((String user, Window window) -> WINDOW))
			.maximumSize(MAX_USERS)
			.evictionListener((String user, Window window, RemovalCause cause) -> {
				if (user != null && window != null) {
					report(user, window);
				}
			})
			.executor(Runnable::run)
			.scheduler(Scheduler.systemScheduler())
			.build();
	}

	/**
	 * Counts a denied read of the user now.
	 * @return whether to record it
	 */
	boolean admit(String user) {
		Instant now = this.clock.instant();
		boolean[] admitted = new boolean[1];
		this.windows.asMap().compute(user, (key, window) -> {
			if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
				if (window != null) {
					report(key, window);
				}
				admitted[0] = true;
				return new Window(now, 1, 0);
			}
			admitted[0] = window.recorded() < this.perMinute;
			return admitted[0] ? new Window(window.start(), window.recorded() + 1, window.leftOut())
					: new Window(window.start(), window.recorded(), window.leftOut() + 1);
		});
		return admitted[0];
	}

	/**
	 * Ends the windows whose minute is over now, as the scheduler does on its own.
	 */
	void endWindows() {
		this.windows.cleanUp();
	}

	private void report(String user, Window window) {
		if (window.leftOut() > 0) {
			this.leftOut.accept(new LeftOut(user, window.start(), window.start().plus(WINDOW), window.leftOut()));
		}
	}

	private record Window(Instant start, int recorded, int leftOut) {
	}

	/**
	 * How many denied reads of the user in the window were not recorded.
	 */
	record LeftOut(String user, Instant from, Instant to, int count) {
	}

}
