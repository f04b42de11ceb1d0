package com.wbiisg.mapping.needs.internal;

import java.util.EnumSet;
import java.util.Set;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedStatus;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at needs, and what that allows (DESIGN.md §2): the Secretariat and the
 * Board see everything; a beneficiary focal point sees its own partner's needs and the
 * submitted regional ones that are not restricted; a partner focal point sees submitted
 * needs, restricted ones only where its organisation belongs to the working group of the
 * need's pillar. Drafts stay with their partner until they are submitted.
 */
record Viewer(String username, Role role, @Nullable String partner, @Nullable Long organisationId, Set<Scope> leads,
		Set<Scope> memberOf) {

	static final Set<NeedStatus> UNSUBMITTED = EnumSet.of(NeedStatus.DRAFT, NeedStatus.RETURNED);

	/**
	 * An initiative, or one pillar of it, covered by a working group.
	 */
	record Scope(String initiative, @Nullable String pillar) {

		boolean covers(String initiative, String pillar) {
			return this.initiative.equals(initiative) && (this.pillar == null || this.pillar.equals(pillar));
		}

	}

	boolean seesEverything() {
		return this.role == Role.SECRETARIAT || this.role == Role.BOARD;
	}

	boolean canSee(Need need) {
		return switch (this.role) {
			case SECRETARIAT, BOARD -> true;
			case BENEFICIARY_FOCAL_POINT ->
				need.getPartner().equals(this.partner) || (Partner.REGIONAL.equals(need.getPartner())
						&& !need.isRestricted() && !UNSUBMITTED.contains(need.getStatus()));
			case PARTNER_FOCAL_POINT ->
				!UNSUBMITTED.contains(need.getStatus()) && (!need.isRestricted() || covers(this.memberOf, need));
			case OBSERVER -> false;
		};
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

	private static boolean covers(Set<Scope> scopes, Need need) {
		return scopes.stream().anyMatch((scope) -> scope.covers(need.getInitiative(), need.getPillar()));
	}

}
