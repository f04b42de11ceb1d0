package com.wbiisg.mapping.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the audit trail as the audit pages and API show it.
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String recordType,
		String recordId, String changes) {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/**
	 * The moment in UTC to the second, as the audit trail page shows it.
	 */
	public String occurredAtText() {
		return SECONDS.format(this.occurredAt);
	}

}
