package com.wbiisg.mapping.identity;

import org.jspecify.annotations.Nullable;

/**
 * An account as other modules name it, such as the owner of an action item or a person
 * invited to a meeting.
 */
public record AccountSummary(long id, String username, String displayName, Role role, @Nullable Long organisationId,
		@Nullable String partnerCode, boolean enabled) {

	/**
	 * The user this account acts as, for rules that other modules apply without a request
	 * of that user, such as what its calendar feed may show.
	 */
	public CurrentUser asUser() {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, this.organisationId,
				this.partnerCode);
	}

}
