package com.wbiisg.mapping.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the audit trail is filtered by; every part is optional. Dates are UTC days,
 * inclusive.
 */
public record AuditFilter(@Nullable String user, @Nullable String action, @Nullable String recordType,
		@Nullable LocalDate from, @Nullable LocalDate to) {
}
