package com.wbiisg.mapping.membership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An organisation known to the platform: a member, an observer, or an implementer.
 */
public record Organisation(long id, String name, String shortName, IatiOrganisationType type,
		@Nullable String iatiIdentifier, MemberCategory category, @Nullable String partnerCode,
		@Nullable LocalDate joinedOn, @Nullable String joinedBy, long version) {
}
