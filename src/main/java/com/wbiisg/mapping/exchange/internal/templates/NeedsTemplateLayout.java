package com.wbiisg.mapping.exchange.internal.templates;

import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * Where things are in the needs template: its sheets, its columns and the properties that
 * tie a file to one cycle and partner. Reading goes by column position, so the column
 * headers may be translated without breaking older files of the same template version.
 */
final class NeedsTemplateLayout {

	static final String KIND = "needs";

	/**
	 * Raised whenever the columns or their meaning change; files of another version are
	 * refused.
	 */
	static final int VERSION = 1;

	static final String INSTRUCTIONS = "Instructions";

	static final String NEEDS = "Needs";

	static final String LISTS = "Lists";

	static final int HEADER_ROW = 1;

	static final int NEED_ID = 0;

	static final int VERSION_COLUMN = 1;

	static final int MEASURE_CODE = 2;

	static final int MEASURE = 3;

	static final int TITLE = 4;

	static final int DESCRIPTION = 5;

	static final int TYPE = 6;

	static final int PERSPECTIVE = 7;

	static final int PRIORITY = 8;

	static final int INSTITUTION = 9;

	static final int COST = 10;

	static final int TIMEFRAME = 11;

	static final int START = 12;

	static final int END = 13;

	static final int REFERENCES = 14;

	static final int RESTRICTED = 15;

	static final int STATUS = 16;

	static final List<String> HEADERS = List.of("Need id", "Version", "Measure code", "Measure", "Title *",
			"Description", "Type *", "Perspective *", "Priority *", "Institution", "Estimated cost (EUR)", "Timeframe",
			"Start (date)", "End (date)", "References (separated by ;)", "Restricted (YES/NO)", "Status");

	/**
	 * The columns a user fills in; a row where all of them and the need id are empty is
	 * not read.
	 */
	static final List<Integer> INPUTS = List.of(TITLE, DESCRIPTION, TYPE, PERSPECTIVE, PRIORITY, INSTITUTION, COST,
			TIMEFRAME, START, END, REFERENCES, RESTRICTED);

	static final String PROPERTY_TEMPLATE = "iisg.template";

	static final String PROPERTY_VERSION = "iisg.templateVersion";

	static final String PROPERTY_CYCLE = "iisg.cycle";

	static final String PROPERTY_CYCLE_NAME = "iisg.cycleName";

	static final String PROPERTY_PARTNER = "iisg.partner";

	static final String PROPERTY_FRAMEWORK = "iisg.framework";

	static final String PROPERTY_FRAMEWORK_VERSION = "iisg.frameworkVersion";

	private NeedsTemplateLayout() {
	}

	static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

	/**
	 * The column of a field of the needs module's rows, for its problems.
	 */
	static int columnOf(String field) {
		return switch (field) {
			case "needId" -> NEED_ID;
			case "measureCode" -> MEASURE_CODE;
			case "title" -> TITLE;
			case "description" -> DESCRIPTION;
			case "type" -> TYPE;
			case "perspective" -> PERSPECTIVE;
			case "priority" -> PRIORITY;
			case "institution" -> INSTITUTION;
			case "estimatedCostEur" -> COST;
			case "timeframe" -> TIMEFRAME;
			case "timeframeStart" -> START;
			case "timeframeEnd" -> END;
			case "references" -> REFERENCES;
			case "restricted" -> RESTRICTED;
			default -> NEED_ID;
		};
	}

}
