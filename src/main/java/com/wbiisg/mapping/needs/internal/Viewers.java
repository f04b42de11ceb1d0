package com.wbiisg.mapping.needs.internal;

import java.util.HashSet;
import java.util.Set;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Viewer} of the current request from the signed-in account and the
 * working groups its organisation leads or belongs to.
 */
@Component
class Viewers {

	private final Membership membership;

	Viewers(Membership membership) {
		this.membership = membership;
	}

	Viewer current() {
		return of(CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("needs.signInFirst").english())));
	}

	/**
	 * The viewer a user is, signed in or not: for records entered on a user's behalf with
	 * the steps that user took.
	 */
	Viewer of(CurrentUser user) {
		Set<NeedAudience.Scope> leads = new HashSet<>();
		Set<NeedAudience.Scope> memberOf = new HashSet<>();
		if (user.organisationId() != null) {
			for (WorkingGroup group : this.membership.workingGroups()) {
				NeedAudience.Scope scope = new NeedAudience.Scope(group.initiative(), group.pillar());
				if (group.leads().contains(user.organisationId())) {
					leads.add(scope);
				}
				if (group.members().contains(user.organisationId())) {
					memberOf.add(scope);
				}
			}
		}
		return new Viewer(user.username(), user.role(), user.partnerCode(), user.organisationId(), Set.copyOf(leads),
				Set.copyOf(memberOf));
	}

}
