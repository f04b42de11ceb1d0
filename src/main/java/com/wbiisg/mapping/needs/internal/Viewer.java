package com.wbiisg.mapping.needs.internal;

import java.util.EnumSet;
import java.util.Set;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedStatus;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at needs, and what that allows (DESIGN.md §2): the Secretariat and the
 * Board see everything; a beneficiary focal point sees its own partner's needs and the
 * submitted regional ones that are not restricted; a partner focal point sees submitted
 * needs, restricted ones only where its organisation belongs to the working group of the
 * need's pillar. Drafts stay with their partner until they are submitted.
 */
record Viewer(String username, Role role, @Nullable String partner, @Nullable Long organisationId,
		Set<NeedAudience.Scope> leads, Set<NeedAudience.Scope> memberOf) {

	static final Set<NeedStatus> UNSUBMITTED = NeedAudience.UNSUBMITTED;

	boolean seesEverything() {
		return this.role == Role.SECRETARIAT || this.role == Role.BOARD;
	}

	/**
	 * The rule of which needs this viewer sees, as other modules apply it too.
	 */
	NeedAudience audience() {
		NeedAudience.Kind kind = switch (this.role) {
			case SECRETARIAT, BOARD -> NeedAudience.Kind.EVERYTHING;
			case BENEFICIARY_FOCAL_POINT -> NeedAudience.Kind.BENEFICIARY;
			case PARTNER_FOCAL_POINT -> NeedAudience.Kind.PARTNER;
			case OBSERVER -> NeedAudience.Kind.NOTHING;
		};
		return new NeedAudience(kind, this.partner, this.memberOf);
	}

	boolean canSee(Need need) {
		return audience().canSee(need.getInitiative(), need.getPillar(), need.getPartner(), need.getStatus(),
				need.isRestricted());
	}

	/**
	 * How this viewer stands towards the need in its workflow.
	 */
	Set<Actor> actorFor(Need need) {
		Set<Actor> actor = EnumSet.noneOf(Actor.class);
		if (this.role == Role.SECRETARIAT) {
			actor.add(Actor.SECRETARIAT);
		}
		if (this.role == Role.BENEFICIARY_FOCAL_POINT && need.getPartner().equals(this.partner)) {
			actor.add(Actor.OWNER);
		}
		if (this.role == Role.PARTNER_FOCAL_POINT && covers(this.leads, need)) {
			actor.add(Actor.PILLAR_LEAD);
		}
		return actor;
	}

	boolean isPillarLead() {
		return this.role == Role.PARTNER_FOCAL_POINT && !this.leads.isEmpty();
	}

	private static boolean covers(Set<NeedAudience.Scope> scopes, Need need) {
		return scopes.stream()
			.anyMatch((scope) -> scope.initiative().equals(need.getInitiative())
					&& (scope.pillar() == null || scope.pillar().equals(need.getPillar())));
	}

}
