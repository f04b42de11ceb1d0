package com.wbiisg.mapping.membership;

import org.jspecify.annotations.Nullable;

/**
 * Adds an organisation that is missing from the registry when a project names it: a
 * funder or implementer that is not an IISG member. Open to those who enter projects;
 * checked and audited like any registry change.
 */
public interface OrganisationRegistration {

	/**
	 * Registers a non-member organisation.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong, such as a short name that is taken
	 */
	Organisation registerNonMember(String name, String shortName, @Nullable IatiOrganisationType type,
			@Nullable String iatiIdentifier);

}
