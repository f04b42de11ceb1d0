package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.Set;

/**
 * Which projects one user may see (DESIGN.md §2), as a value that other modules apply to
 * their own copies of projects: members see every project; a beneficiary focal point
 * those that benefit its partner or the whole region ({@code partners} holds both codes);
 * observers none.
 */
public record ProjectAudience(boolean everything, Set<String> partners) {

	public ProjectAudience {
		partners = Set.copyOf(partners);
	}

	/**
	 * The same rule holding only what it reads: the partners count only for an audience
	 * that does not see everything.
	 */
	public ProjectAudience essential() {
		return this.everything ? new ProjectAudience(true, Set.of()) : this;
	}

	/**
	 * Whether a project benefiting these partners is visible.
	 */
	public boolean canSee(Collection<String> projectPartners) {
		return this.everything || projectPartners.stream().anyMatch(this.partners::contains);
	}

}
