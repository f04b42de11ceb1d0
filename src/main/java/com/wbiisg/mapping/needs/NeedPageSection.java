package com.wbiisg.mapping.needs;

/**
 * A section that another module adds to the page of a need, such as the projects that
 * address it. The needs module renders each section without knowing the module behind it.
 */
public interface NeedPageSection {

	/**
	 * The template holding the fragment {@code section(data)} that renders this section,
	 * such as {@code "responses/fragments/need-projects"}.
	 */
	String template();

	/**
	 * What the fragment shows of a need the current user may see.
	 */
	Object data(NeedView need);

}
