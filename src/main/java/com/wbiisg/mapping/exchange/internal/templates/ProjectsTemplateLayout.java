package com.wbiisg.mapping.exchange.internal.templates;

import java.util.List;

/**
 * Where things are in the projects template: the projects sheet, one row per project; the
 * links sheet, one row per link of a project to a need; the organisations of the registry
 * for reference; the hidden lists of the drop-downs. Lists of codes in a cell are
 * separated by semicolons.
 */
final class ProjectsTemplateLayout {

	static final String KIND = "projects";

	static final int VERSION = 1;

	static final String PROJECTS = "Projects";

	static final String LINKS = "Links";

	static final String ORGANISATIONS = "Organisations";

	static final String LISTS = "ProjectLists";

	static final int PROJECT_ID = 0;

	static final int VERSION_COLUMN = 1;

	static final int IATI = 2;

	static final int TITLE = 3;

	static final int DESCRIPTION = 4;

	static final int STATUS = 5;

	static final int REPORTING = 6;

	static final int FUNDERS = 7;

	static final int ACCOUNTABLE = 8;

	static final int EXTENDING = 9;

	static final int IMPLEMENTERS = 10;

	static final int PARTNERS = 11;

	static final int INITIATIVES = 12;

	static final int PILLARS = 13;

	static final int BUDGET = 14;

	static final int CURRENCY = 15;

	static final int EUR_RATE = 16;

	static final int PLANNED_START = 17;

	static final int PLANNED_END = 18;

	static final int ACTUAL_START = 19;

	static final int ACTUAL_END = 20;

	static final int YEARS = 21;

	static final int PUBLIC = 22;

	static final List<String> HEADERS = List.of("Project id", "Version", "IATI identifier", "Title *", "Description",
			"Status *", "Reporting organisation", "Funders *", "Accountable", "Extending", "Implementers",
			"Beneficiary partners", "Initiatives", "Pillars", "Budget", "Currency", "EUR rate", "Planned start",
			"Planned end", "Actual start", "Actual end", "Reporting years", "Public (YES/NO)");

	static final int LINK_PROJECT = 0;

	static final int LINK_NEED = 1;

	static final int LINK_COVERAGE = 2;

	static final int LINK_SHARE = 3;

	static final int LINK_NOTE = 4;

	static final List<String> LINK_HEADERS = List.of("Project (id, IATI identifier or title) *", "Need id *",
			"Coverage (FULL/PARTIAL) *", "Share of the budget (%)", "Note");

	static final String PROPERTY_ORGANISATION = "iisg.organisation";

	private ProjectsTemplateLayout() {
	}

	/**
	 * The column of a field of the responses module's rows, for its problems.
	 */
	static int columnOf(String field) {
		String name = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		return switch (name) {
			case "iatiIdentifier" -> IATI;
			case "title" -> TITLE;
			case "description" -> DESCRIPTION;
			case "status" -> STATUS;
			case "reportingOrganisationId" -> REPORTING;
			case "organisations" -> FUNDERS;
			case "partners" -> PARTNERS;
			case "initiatives" -> INITIATIVES;
			case "pillars" -> PILLARS;
			case "budget", "budgetAmount" -> BUDGET;
			case "currency" -> CURRENCY;
			case "eurRate" -> EUR_RATE;
			case "plannedStart" -> PLANNED_START;
			case "plannedEnd" -> PLANNED_END;
			case "actualStart" -> ACTUAL_START;
			case "actualEnd" -> ACTUAL_END;
			case "reportingYears" -> YEARS;
			default -> PROJECT_ID;
		};
	}

}
