package com.wbiisg.mapping.identity.internal;

import com.wbiisg.mapping.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about an account, checked by {@link AccountAdministration}.
 */
public record AccountData(String displayName, String email, Role role, @Nullable Long organisationId,
		@Nullable String partnerCode) {
}
