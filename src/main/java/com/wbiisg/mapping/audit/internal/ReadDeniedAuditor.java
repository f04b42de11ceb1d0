package com.wbiisg.mapping.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.RejectedExecutionException;

import com.wbiisg.mapping.audit.internal.DeniedReadLimit.LeftOut;
import com.wbiisg.mapping.web.ReadDenied;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Audits reads of records hidden from their reader ({@code READ_DENIED}): who, which
 * record, what was asked and when. The request is answered 404 as if the record did not
 * exist, and the entry must neither change that answer nor its time: so it is decided
 * here (within the user's limit per minute) but written by a thread of its own, in a
 * transaction of its own, kept even though the request failed. One thread writes them
 * all, in the order of the reads. It is not a durable listener of the event publication
 * registry: recording a publication would write to the database on the request's thread
 * for hidden records only, and so make their 404 slower than that of a missing record,
 * telling that the record exists.
 */
@Component
class ReadDeniedAuditor implements DisposableBean {

	static final String ACTION = "READ_DENIED";

	private static final Logger log = LoggerFactory.getLogger(ReadDeniedAuditor.class);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final AuditEntries entries;

	private final Clock clock;

	private final int perMinute;

	private final DeniedReadLimit limit;

	private final ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();

	ReadDeniedAuditor(AuditEntries entries, Clock clock, AuditProperties properties) {
		this.entries = entries;
		this.clock = clock;
		this.perMinute = properties.readDeniedPerMinute();
		this.limit = new DeniedReadLimit(this.perMinute, clock, this::leftOut);
		this.writer.setCorePoolSize(1);
		this.writer.setMaxPoolSize(1);
		this.writer.setQueueCapacity(10_000);
		this.writer.setThreadNamePrefix("audit-read-denied-");
		this.writer.setWaitForTasksToCompleteOnShutdown(true);
		this.writer.setAwaitTerminationSeconds(10);
		this.writer.initialize();
	}

	@EventListener
	void denied(ReadDenied event) {
		String user = actor(event.user());
		if (this.limit.admit(user)) {
			write(this.clock.instant(), user, clip(event.recordType(), 60), clip(event.recordId(), 120),
					"Read of a record hidden from the user, answered 404: " + event.address());
		}
	}

	private void leftOut(LeftOut left) {
		write(this.clock.instant(), left.user(), "Security", "-",
				"\u2026 and " + left.count() + " more denied reads not recorded between " + SECONDS.format(left.from())
						+ " and " + SECONDS.format(left.to()) + " UTC (at most " + this.perMinute + " a minute are)");
	}

	private void write(Instant at, String user, String recordType, String recordId, String detail) {
		try {
			this.writer.execute(() -> {
				try {
					// AuditEntries.add saves in a transaction of its own: no request's
					// transaction is open on this thread.
					this.entries.add(at, user, ACTION, recordType, recordId, detail);
				}
				catch (RuntimeException ex) {
					log.warn("Could not audit {} by {} of {} {}: {}", ACTION, user, recordType, recordId, detail, ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.warn("Too many audit entries waiting; not recorded: {} by {} of {} {}: {}", ACTION, user, recordType,
					recordId, detail);
		}
	}

	@Override
	public void destroy() {
		this.writer.shutdown();
	}

	private static String actor(@Nullable String user) {
		return (user == null || user.isBlank()) ? "anonymous" : clip(user, 120);
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
