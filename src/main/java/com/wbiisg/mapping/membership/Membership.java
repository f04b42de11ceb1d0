package com.wbiisg.mapping.membership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads organisations, partners and working groups; what other modules need of
 * membership.
 */
public interface Membership {

	List<Organisation> organisations();

	Optional<Organisation> organisation(long id);

	List<Partner> partners();

	Optional<Partner> partner(String code);

	List<WorkingGroup> workingGroups();

	Optional<WorkingGroup> workingGroup(long id);

	/**
	 * Whether the organisation leads a working group that covers the initiative's pillar.
	 */
	boolean leads(long organisationId, String initiative, @Nullable String pillar);

}
