package com.wbiisg.mapping.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account as the Secretariat manages it: what it was entered with, whether it may sign
 * in, until when its sign-ins are held back from some client address after failures there
 * ({@code lockedUntil}, null when they are not), and its version against lost updates.
 */
public record AccountDetails(long id, String username, String displayName, String email, Role role,
		@Nullable Long organisationId, @Nullable String partnerCode, boolean enabled, @Nullable Instant lockedUntil,
		long version) {
}
