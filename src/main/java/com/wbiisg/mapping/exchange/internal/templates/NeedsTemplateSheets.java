package com.wbiisg.mapping.exchange.internal.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.COST;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.DESCRIPTION;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.END;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.HEADERS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.HEADER_ROW;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.INPUTS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.INSTITUTION;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.INSTRUCTIONS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.LISTS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.MEASURE;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.MEASURE_CODE;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.NEEDS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.NEED_ID;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.PERSPECTIVE;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.PRIORITY;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.REFERENCES;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.RESTRICTED;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.START;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.STATUS;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.TIMEFRAME;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.TITLE;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.TYPE;
import static com.wbiisg.mapping.exchange.internal.templates.NeedsTemplateLayout.VERSION_COLUMN;

/**
 * Writes the sheets of the needs template into a workbook: instructions, the needs (input
 * cells unlocked, everything else locked), the hidden lists behind the drop-downs, and
 * the properties. Text that a spreadsheet would run as a formula is written as text with
 * Excel's quote prefix.
 */
final class NeedsTemplateSheets {

	private static final String PROTECTION = "iisg-template";

	private final XSSFWorkbook workbook;

	private final CellStyle locked;

	private final CellStyle header;

	private final CellStyle input;

	private final CellStyle inputQuoted;

	private final CellStyle lockedQuoted;

	private final CellStyle inputDate;

	private final CellStyle inputAmount;

	NeedsTemplateSheets(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.locked = workbook.createCellStyle();
		this.locked.setLocked(true);
		this.lockedQuoted = workbook.createCellStyle();
		this.lockedQuoted.setLocked(true);
		this.lockedQuoted.setQuotePrefixed(true);
		this.header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.header.setLocked(true);
		this.input = workbook.createCellStyle();
		this.input.setLocked(false);
		this.inputQuoted = workbook.createCellStyle();
		this.inputQuoted.setLocked(false);
		this.inputQuoted.setQuotePrefixed(true);
		this.inputDate = workbook.createCellStyle();
		this.inputDate.setLocked(false);
		this.inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		this.inputAmount = workbook.createCellStyle();
		this.inputAmount.setLocked(false);
		this.inputAmount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
	}

	/**
	 * Whether a spreadsheet would take this text for a formula or a command.
	 */
	static boolean needsNeutralising(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	void instructions(String cycle, String partner, String framework) {
		XSSFSheet sheet = this.workbook.createSheet(INSTRUCTIONS);
		List<String> lines = Stream
			.of(UserText.of("exchange.needsTemplate.heading"),
					UserText.of("exchange.needsTemplate.placement", cycle, partner, framework),
					UserText.of("exchange.needsTemplate.rows", NEEDS), UserText.of("exchange.needsTemplate.newNeed"),
					UserText.of("exchange.needsTemplate.required"), UserText.of("exchange.needsTemplate.values"),
					UserText.of("exchange.needsTemplate.formulas"), UserText.of("exchange.needsTemplate.upload"))
			.map(UserText::english)
			.toList();
		for (int i = 0; i < lines.size(); i++) {
			text(sheet.createRow(i).createCell(0), lines.get(i), (i == 0) ? this.header : this.locked,
					this.lockedQuoted);
		}
		sheet.setColumnWidth(0, 120 * 256);
		sheet.protectSheet(PROTECTION);
	}

	void lists(List<String> measureCodes) {
		XSSFSheet sheet = this.workbook.createSheet(LISTS);
		column(sheet, 0, names(NeedType.values()));
		column(sheet, 1, names(Perspective.values()));
		column(sheet, 2, names(Priority.values()));
		column(sheet, 3, names(Timeframe.values()));
		column(sheet, 4, List.of("YES", "NO"));
		column(sheet, 5, measureCodes.isEmpty() ? List.of("-") : measureCodes);
		sheet.protectSheet(PROTECTION);
		this.workbook.setSheetVisibility(this.workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	void needs(Map<String, String> measures, List<NeedView> existing, int emptyRows) {
		XSSFSheet sheet = this.workbook.createSheet(NEEDS);
		this.workbook.setSheetOrder(NEEDS, 1);
		this.workbook.setActiveSheet(1);
		Row head = sheet.createRow(HEADER_ROW - 1);
		for (int column = 0; column < HEADERS.size(); column++) {
			text(head.createCell(column), HEADERS.get(column), this.header, this.header);
		}
		int rowIndex = HEADER_ROW;
		for (Map.Entry<String, String> measure : measures.entrySet()) {
			for (NeedView need : existing) {
				if (need.measureCode().equals(measure.getKey())) {
					needRow(sheet.createRow(rowIndex++), measure.getKey(), measure.getValue(), need);
				}
			}
			needRow(sheet.createRow(rowIndex++), measure.getKey(), measure.getValue(), null);
		}
		int freeFrom = rowIndex;
		for (int i = 0; i < emptyRows; i++) {
			needRow(sheet.createRow(rowIndex++), null, null, null);
		}
		int last = Math.max(rowIndex - 1, HEADER_ROW);
		validate(sheet, TYPE, HEADER_ROW, last, "Lists!$A$1:$A$3");
		validate(sheet, PERSPECTIVE, HEADER_ROW, last, "Lists!$B$1:$B$2");
		validate(sheet, PRIORITY, HEADER_ROW, last, "Lists!$C$1:$C$3");
		validate(sheet, TIMEFRAME, HEADER_ROW, last, "Lists!$D$1:$D$3");
		validate(sheet, RESTRICTED, HEADER_ROW, last, "Lists!$E$1:$E$2");
		if (emptyRows > 0) {
			validate(sheet, MEASURE_CODE, freeFrom, last, "Lists!$F$1:$F$" + Math.max(measures.size(), 1));
		}
		int[] widths = { 10, 8, 14, 50, 50, 60, 16, 14, 11, 30, 18, 12, 13, 13, 30, 12, 12 };
		for (int column = 0; column < widths.length; column++) {
			sheet.setColumnWidth(column, widths[column] * 256);
		}
		sheet.setColumnHidden(VERSION_COLUMN, true);
		sheet.createFreezePane(0, HEADER_ROW);
		sheet.protectSheet(PROTECTION);
	}

	void properties(Map<String, String> values) {
		POIXMLProperties.CustomProperties custom = this.workbook.getProperties().getCustomProperties();
		values.forEach(custom::addProperty);
		this.workbook.getProperties()
			.getCoreProperties()
			.setTitle(UserText.of("exchange.needsTemplate.title").english());
	}

	private void needRow(Row row, @Nullable String measureCode, @Nullable String measure, @Nullable NeedView need) {
		for (int column = 0; column < HEADERS.size(); column++) {
			boolean inputColumn = INPUTS.contains(column) || (measureCode == null && column == MEASURE_CODE);
			CellStyle style = (column == START || column == END) ? this.inputDate
					: (column == COST) ? this.inputAmount : inputColumn ? this.input : this.locked;
			row.createCell(column).setCellStyle(style);
		}
		if (measureCode != null) {
			text(row.getCell(MEASURE_CODE), measureCode, this.locked, this.lockedQuoted);
			text(row.getCell(MEASURE), measure, this.locked, this.lockedQuoted);
		}
		if (need == null) {
			return;
		}
		row.getCell(NEED_ID).setCellValue(need.id());
		row.getCell(VERSION_COLUMN).setCellValue(need.version());
		text(row.getCell(TITLE), need.title(), this.input, this.inputQuoted);
		text(row.getCell(DESCRIPTION), need.description(), this.input, this.inputQuoted);
		text(row.getCell(TYPE), need.type().name(), this.input, this.inputQuoted);
		text(row.getCell(PERSPECTIVE), need.perspective().name(), this.input, this.inputQuoted);
		text(row.getCell(PRIORITY), need.priority().name(), this.input, this.inputQuoted);
		text(row.getCell(INSTITUTION), need.institution(), this.input, this.inputQuoted);
		amount(row.getCell(COST), need.estimatedCostEur());
		text(row.getCell(TIMEFRAME), (need.timeframe() == null) ? null : need.timeframe().name(), this.input,
				this.inputQuoted);
		date(row.getCell(START), need.timeframeStart());
		date(row.getCell(END), need.timeframeEnd());
		text(row.getCell(REFERENCES), String.join("; ", need.references()), this.input, this.inputQuoted);
		text(row.getCell(RESTRICTED), need.restricted() ? "YES" : "NO", this.input, this.inputQuoted);
		text(row.getCell(STATUS), need.status().name(), this.locked, this.lockedQuoted);
	}

	private static void text(Cell cell, @Nullable String value, CellStyle style, CellStyle quoted) {
		if (value == null || value.isEmpty()) {
			return;
		}
		cell.setCellValue(value);
		cell.setCellStyle(needsNeutralising(value) ? quoted : style);
	}

	private static void amount(Cell cell, @Nullable BigDecimal value) {
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private static void date(Cell cell, @Nullable LocalDate value) {
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private void validate(XSSFSheet sheet, int column, int firstRow, int lastRow, String listFormula) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createFormulaListConstraint(listFormula);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(UserText.of("exchange.needsTemplate.notInList").english(),
				UserText.of("exchange.needsTemplate.chooseFromList").english());
		sheet.addValidationData(validation);
	}

	private static void column(XSSFSheet sheet, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = (sheet.getRow(i) == null) ? sheet.createRow(i) : sheet.getRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
