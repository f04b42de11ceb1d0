package com.wbiisg.mapping.identity;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about an account, checked by {@link AccountManagement}.
 */
public record AccountData(String displayName, String email, Role role, @Nullable Long organisationId,
		@Nullable String partnerCode) {
}
