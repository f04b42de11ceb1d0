package com.wbiisg.mapping.membership;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A pillar working group of an initiative (optionally of one of its pillars), with its
 * lead organisations and members.
 */
public record WorkingGroup(long id, String name, String initiative, @Nullable String pillar, List<Long> leads,
		List<Long> members, long version) {

	public WorkingGroup {
		leads = List.copyOf(leads);
		members = List.copyOf(members);
	}

	/**
	 * Whether the group covers the pillar (a group without a pillar covers the whole
	 * initiative).
	 */
	public boolean covers(String initiative, @Nullable String pillar) {
		return this.initiative.equals(initiative) && (this.pillar == null || this.pillar.equals(pillar));
	}

}
