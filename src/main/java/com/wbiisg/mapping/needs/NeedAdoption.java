package com.wbiisg.mapping.needs;

import java.util.Collection;

/**
 * Adopts validated needs with the Board decision that adopts the Needs Mapping Report
 * listing them: what the reports module asks of the needs module when the Secretariat
 * records that adoption, so the needs and the report are adopted in one transaction.
 */
public interface NeedAdoption {

	/**
	 * Adopts those of the needs that belong to the cycle and are validated, as the
	 * current user, each through the needs workflow (recorded in its history, audited,
	 * announced), all or none. Needs in other states, such as needs adopted meanwhile,
	 * are left as they are. Answers how many were adopted.
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * current user is the Secretariat
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when the decision is blank
	 */
	int adoptValidated(long cycleId, Collection<Long> needIds, String decision);

}
