package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.Set;

/**
 * What other modules may do with projects for the current user: know which ones it sees
 * and may change, and link a project to a need under the module's rules.
 */
public interface Projects {

	/**
	 * The rule of which projects the current user may see.
	 */
	ProjectAudience audienceOfCurrentUser();

	/**
	 * Those of the projects that the current user may change, links included: every one
	 * for the Secretariat, those its organisation reports for a partner focal point.
	 */
	Set<Long> editableByCurrentUser(Collection<Long> projectIds);

	/**
	 * Links the project to the need as the current user, with the checks of every link: a
	 * submitted need the user may see, of a partner the project benefits, linked once.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming what is wrong
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when the user may not see
	 * the project
	 * @throws org.springframework.security.access.AccessDeniedException when the user may
	 * not change the project
	 */
	ProjectLinkView link(long projectId, long needId, Coverage coverage);

}
