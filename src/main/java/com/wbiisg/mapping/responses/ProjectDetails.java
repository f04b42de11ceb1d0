package com.wbiisg.mapping.responses;

import java.util.List;

import com.wbiisg.mapping.needs.NeedView;

/**
 * A project with the links to needs that the current user may see, how many it may not,
 * and whether it may change the project.
 */
public record ProjectDetails(ProjectView project, List<LinkedNeed> links, int hiddenLinks, boolean mayEdit) {

	/**
	 * A link of a project with the need it leads to.
	 */
	public record LinkedNeed(ProjectLinkView link, NeedView need) {
	}

}
