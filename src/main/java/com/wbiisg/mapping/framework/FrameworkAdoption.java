package com.wbiisg.mapping.framework;

import java.time.LocalDate;

/**
 * Adopts a draft framework version for another module, such as a Board decision recorded
 * by the meetings module: the same use case as the Secretariat's adoption page, frozen
 * from then on and audited.
 */
public interface FrameworkAdoption {

	/**
	 * Adopts the draft; an earlier adopted version of the same initiative and cycle is
	 * superseded.
	 * @param decision the deciding meeting or decision, kept with the version
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * version
	 * @throws com.wbiisg.mapping.shared.ConflictException when the version is no longer a
	 * draft
	 */
	FrameworkSummary adopt(long frameworkId, LocalDate decidedOn, String decision);

}
