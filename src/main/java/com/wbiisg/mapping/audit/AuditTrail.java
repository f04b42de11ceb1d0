package com.wbiisg.mapping.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.audit.internal.AuditEntries;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one entry of the audit trail. Changes are recorded inside the transaction that
 * makes them, so a change and its audit entry are stored together or not at all.
 */
@Service
public class AuditTrail {

	static final String SYSTEM = "system";

	private final AuditEntries entries;

	private final Clock clock;

	AuditTrail(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records a change made by the signed-in user (or by the system at start-up).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChange(String action, String recordType, Object recordId, Changes changes) {
		this.entries.add(now(), currentActor(), action, recordType, String.valueOf(recordId), changes.toString());
	}

	/**
	 * Records many changes of one kind by the signed-in user at once, as an import makes
	 * them, in one round trip per batch of entries.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChanges(String action, String recordType, List<RecordChange> changes) {
		this.entries.addAll(now(), currentActor(), action, recordType,
				changes.stream()
					.map((change) -> new String[] { String.valueOf(change.recordId()), change.changes().toString() })
					.toList());
	}

	/**
	 * The change of one record, for {@link #recordChanges}.
	 */
	public record RecordChange(Object recordId, Changes changes) {
	}

	/**
	 * Records a security event (sign-in, failure, denial) in a transaction of its own, so
	 * it is kept even when the request that caused it is refused.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvent(String action, @Nullable String actor, String detail) {
		this.entries.add(now(), (actor == null || actor.isBlank()) ? "anonymous" : actor, action, "Security", "-",
				detail);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication.getName() == null) ? SYSTEM : authentication.getName();
	}

}
