package com.wbiisg.mapping.needs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which needs one user may see (DESIGN.md §2), as a value that other modules apply to
 * their own copies of needs: the Secretariat and the Board see everything; a beneficiary
 * focal point its own partner's needs and the submitted regional ones that are not
 * restricted; a partner focal point submitted needs, restricted ones only where its
 * organisation belongs to the working group of the need's pillar; observers none. Drafts
 * and returned needs stay with their partner.
 */
public record NeedAudience(Kind kind, @Nullable String partner, Set<Scope> restrictedScopes) {

	public static final Set<NeedStatus> UNSUBMITTED = EnumSet.of(NeedStatus.DRAFT, NeedStatus.RETURNED);

	private static final String REGIONAL = "REG";

	/**
	 * How far a user sees.
	 */
	public enum Kind {

		EVERYTHING, BENEFICIARY, PARTNER, NOTHING

	}

	/**
	 * An initiative, or one pillar of it, covered by a working group.
	 */
	public record Scope(String initiative, @Nullable String pillar) {

		boolean covers(String initiative, String pillar) {
			return this.initiative.equals(initiative) && (this.pillar == null || this.pillar.equals(pillar));
		}

	}

	/**
	 * The same rule holding only what it reads for its kind, so that users who see the
	 * same needs have equal audiences (the Secretariat and the Board, say): whatever
	 * keeps something per audience keeps it once for them.
	 */
	public NeedAudience essential() {
		return switch (this.kind) {
			case EVERYTHING, NOTHING -> new NeedAudience(this.kind, null, Set.of());
			case BENEFICIARY -> new NeedAudience(this.kind, this.partner, Set.of());
			case PARTNER -> new NeedAudience(this.kind, null, Set.copyOf(this.restrictedScopes));
		};
	}

	public boolean seesEverything() {
		return this.kind == Kind.EVERYTHING;
	}

	public boolean canSee(String initiative, String pillar, String partner, NeedStatus status, boolean restricted) {
		return switch (this.kind) {
			case EVERYTHING -> true;
			case BENEFICIARY -> partner.equals(this.partner)
					|| (REGIONAL.equals(partner) && !restricted && !UNSUBMITTED.contains(status));
			case PARTNER -> !UNSUBMITTED.contains(status) && (!restricted
					|| this.restrictedScopes.stream().anyMatch((scope) -> scope.covers(initiative, pillar)));
			case NOTHING -> false;
		};
	}

	public boolean canSee(NeedFact need) {
		return canSee(need.initiative(), need.pillar(), need.partner(), need.status(), need.restricted());
	}

	/**
	 * The same rule as a query predicate over the columns of any copy of needs.
	 */
	public Predicate predicate(CriteriaBuilder cb, Expression<String> initiative, Expression<String> pillar,
			Expression<String> partner, Expression<NeedStatus> status, Expression<Boolean> restricted) {
		return switch (this.kind) {
			case EVERYTHING -> cb.conjunction();
			case BENEFICIARY -> cb.or(cb.equal(partner, this.partner),
					cb.and(cb.equal(partner, REGIONAL), cb.isFalse(restricted), status.in(UNSUBMITTED).not()));
			case PARTNER ->
				cb.and(status.in(UNSUBMITTED).not(), cb.or(cb.isFalse(restricted), covers(cb, initiative, pillar)));
			case NOTHING -> cb.disjunction();
		};
	}

	private Predicate covers(CriteriaBuilder cb, Expression<String> initiative, Expression<String> pillar) {
		List<Predicate> any = new ArrayList<>();
		for (Scope scope : this.restrictedScopes) {
			Predicate sameInitiative = cb.equal(initiative, scope.initiative());
			any.add((scope.pillar() == null) ? sameInitiative
					: cb.and(sameInitiative, cb.equal(pillar, scope.pillar())));
		}
		return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
	}

}
