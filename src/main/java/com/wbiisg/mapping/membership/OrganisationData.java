package com.wbiisg.mapping.membership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about an organisation, checked by
 * {@link MembershipRegistry}.
 */
public record OrganisationData(String name, String shortName, IatiOrganisationType type,
		@Nullable String iatiIdentifier, MemberCategory category, @Nullable String partnerCode,
		@Nullable LocalDate joinedOn, @Nullable String joinedBy) {
}
