package com.wbiisg.mapping.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account as the Secretariat manages it: what it was entered with, whether it may sign
 * in, and its version against lost updates.
 */
public record AccountDetails(long id, String username, String displayName, String email, Role role,
		@Nullable Long organisationId, @Nullable String partnerCode, boolean enabled, @Nullable Instant lockedUntil,
		long version) {
}
