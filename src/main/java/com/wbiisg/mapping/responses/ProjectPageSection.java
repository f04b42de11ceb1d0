package com.wbiisg.mapping.responses;

/**
 * A section that another module adds to the page of a project, such as the needs it may
 * address. The responses module renders each section without knowing the module behind
 * it.
 */
public interface ProjectPageSection {

	/**
	 * The template holding the fragment {@code section(data)} that renders this section,
	 * such as {@code "analysis/fragments/project-suggestions"}.
	 */
	String template();

	/**
	 * What the fragment shows of a project the current user may see.
	 */
	Object data(ProjectView project);

}
