package com.wbiisg.mapping.membership;

import java.time.LocalDate;

/**
 * Admits an organisation as an IISG member by a decision, such as a Board decision
 * recorded by the meetings module: the organisation takes a member category, and the date
 * and decision by which it joined.
 */
public interface MemberAdmission {

	/**
	 * Admits an observer or non-member organisation.
	 * @param category the member category it joins in; not observer or non-member
	 * @param joinedBy the decision, kept as the organisation's "joined by"
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * organisation
	 * @throws com.wbiisg.mapping.shared.ConflictException when it is already a member
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when the category is not a
	 * member category
	 */
	Organisation admit(long organisationId, MemberCategory category, LocalDate joinedOn, String joinedBy);

}
