package com.wbiisg.mapping.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent, besides the SMTP server of {@code spring.mail.*}: the sender
 * ({@code iisg.mail.from}), how often the worker looks for messages due
 * ({@code poll-interval}), how many tries a message gets ({@code max-tries}) and how long
 * it waits between them (from {@code first-retry}, doubling up to {@code longest-retry}),
 * and after how long a message handed to the server without an answer may go again
 * ({@code sending-timeout}).
 */
@ConfigurationProperties("iisg.mail")
record MailProperties(@DefaultValue("IISG Mapping Platform <no-reply@localhost>") String from,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("10") int maxTries,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration longestRetry,
		@DefaultValue("5m") Duration sendingTimeout, @DefaultValue("50") int batchSize) {

	MailProperties {
		if (maxTries < 1) {
			throw new IllegalArgumentException("iisg.mail.max-tries must be at least 1, not " + maxTries);
		}
		if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException("iisg.mail.first-retry must be longer than zero and "
					+ "iisg.mail.longest-retry at least as long, not " + firstRetry + " and " + longestRetry);
		}
	}

	/**
	 * How long a message waits after its {@code tries}-th failed try: the first retry,
	 * doubled with each try, at most the longest.
	 */
	Duration waitAfter(int tries) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < tries && wait.compareTo(this.longestRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

}
