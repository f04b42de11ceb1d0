package com.wbiisg.mapping.responses;

import java.util.List;

/**
 * Many projects at once, as an uploaded projects template or an IATI activity file brings
 * them: what the exchange module uses to register and change projects in bulk. Every row
 * goes through the rules of a project entered by hand ({@code ProjectRules} with
 * {@code MoneyRules}: who may report for which organisation, organisations of the
 * registry with roles, at least one funder, partners, initiatives and pillars, budget,
 * currency and EUR rate, funding stages, dates, unique IATI identifiers) and every link
 * through the rules of linking ({@code ProjectLinking}: a visible, submitted need of a
 * partner the project benefits, coverage, shares up to 100%), so a file can do nothing
 * its uploader could not do by hand. The same audit entries and events are recorded.
 *
 * <p>
 * A row is matched to an existing project by its project id, else by its IATI identifier
 * (ignoring case); a matched project that the user may not change is a problem of the
 * row. Without a match a new project is registered.
 */
public interface ProjectImports {

	/**
	 * What {@link #apply} would do with each row, and every problem of each row; writes
	 * nothing.
	 */
	ProjectImportCheck check(List<ProjectImportRow> rows);

	/**
	 * Registers and changes the projects and adds their links, in the caller's
	 * transaction (one is opened when there is none).
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming the row
	 * ({@code rows[3].title}) when any row has a problem; the caller's transaction is
	 * then to be rolled back, so that nothing is written
	 */
	ProjectImportCheck apply(List<ProjectImportRow> rows);

	/**
	 * The projects the current user may change (its organisation's; every project for the
	 * Secretariat), in id order: the rows of a template to download.
	 */
	List<ProjectView> editable();

}
