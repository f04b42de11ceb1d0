package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectImports;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The projects template of a partner focal point (its organisation's projects) or of the
 * Secretariat (every project): a row per project, empty rows for new ones, a sheet of
 * links to needs, and the organisations of the registry by short name.
 */
@Service
public class ProjectsTemplate {

	private static final String PROTECTION = "iisg-template";

	private final ProjectImports projects;

	private final Membership membership;

	private final ExchangeProperties properties;

	ProjectsTemplate(ProjectImports projects, Membership membership, ExchangeProperties properties) {
		this.projects = projects;
		this.membership = membership;
		this.properties = properties;
	}

	/**
	 * @throws AccessDeniedException unless the user is a partner focal point or the
	 * Secretariat
	 */
	public String fileName() {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.signInFirst").english()));
		if (!user.is(Role.SECRETARIAT) && !user.is(Role.PARTNER_FOCAL_POINT)) {
			throw new AccessDeniedException(UserText.of("exchange.template.projectsDenied").english());
		}
		return "projects"
				+ ((user.organisationId() == null || user.is(Role.SECRETARIAT)) ? "" : "-"
						+ this.membership.organisation(user.organisationId()).map(Organisation::shortName).orElse(""))
				+ ".xlsx";
	}

	public void write(OutputStream out) {
		fileName();
		CurrentUser user = CurrentUser.get().orElseThrow();
		List<Organisation> organisations = this.membership.organisations();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle locked = workbook.createCellStyle();
			locked.setLocked(true);
			CellStyle input = workbook.createCellStyle();
			input.setLocked(false);
			CellStyle date = workbook.createCellStyle();
			date.setLocked(false);
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle lockedQuoted = workbook.createCellStyle();
			lockedQuoted.setLocked(true);
			lockedQuoted.setQuotePrefixed(true);
			CellStyle quoted = workbook.createCellStyle();
			quoted.setLocked(false);
			quoted.setQuotePrefixed(true);
			XSSFSheet sheet = workbook.createSheet(ProjectsTemplateLayout.PROJECTS);
			header(sheet, ProjectsTemplateLayout.HEADERS, locked);
			int rowIndex = 1;
			for (ProjectView project : this.projects.editable()) {
				Row row = emptyRow(sheet, rowIndex++, ProjectsTemplateLayout.HEADERS.size(), input, date);
				fill(row, project, quoted);
			}
			for (int i = 0; i < this.properties.emptyRows(); i++) {
				emptyRow(sheet, rowIndex++, ProjectsTemplateLayout.HEADERS.size(), input, date);
			}
			sheet.setColumnHidden(ProjectsTemplateLayout.VERSION_COLUMN, true);
			sheet.createFreezePane(0, 1);
			XSSFSheet links = workbook.createSheet(ProjectsTemplateLayout.LINKS);
			header(links, ProjectsTemplateLayout.LINK_HEADERS, locked);
			for (int i = 1; i <= Math.max(this.properties.emptyRows(), 100); i++) {
				emptyRow(links, i, ProjectsTemplateLayout.LINK_HEADERS.size(), input, date);
			}
			XSSFSheet registry = workbook.createSheet(ProjectsTemplateLayout.ORGANISATIONS);
			header(registry, List.of("Short name", "Name", "IATI identifier"), locked);
			for (int i = 0; i < organisations.size(); i++) {
				Row row = registry.createRow(i + 1);
				text(row.createCell(0), organisations.get(i).shortName(), lockedQuoted);
				text(row.createCell(1), organisations.get(i).name(), lockedQuoted);
				text(row.createCell(2), organisations.get(i).iatiIdentifier(), lockedQuoted);
			}
			XSSFSheet lists = workbook.createSheet(ProjectsTemplateLayout.LISTS);
			column(lists, 0, Arrays.stream(ProjectStatus.values()).map(Enum::name).toList());
			column(lists, 1, List.of("YES", "NO"));
			column(lists, 2, Arrays.stream(Coverage.values()).map(Enum::name).toList());
			workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
			int last = Math.max(rowIndex - 1, 1);
			validate(sheet, ProjectsTemplateLayout.STATUS, last, "ProjectLists!$A$1:$A$6");
			validate(sheet, ProjectsTemplateLayout.PUBLIC, last, "ProjectLists!$B$1:$B$2");
			validate(links, ProjectsTemplateLayout.LINK_COVERAGE, Math.max(this.properties.emptyRows(), 100),
					"ProjectLists!$C$1:$C$2");
			for (XSSFSheet protectedSheet : List.of(sheet, links, registry, lists)) {
				protectedSheet.protectSheet(PROTECTION);
			}
			var custom = workbook.getProperties().getCustomProperties();
			custom.addProperty(NeedsTemplateLayout.PROPERTY_TEMPLATE, ProjectsTemplateLayout.KIND);
			custom.addProperty(NeedsTemplateLayout.PROPERTY_VERSION, String.valueOf(ProjectsTemplateLayout.VERSION));
			custom.addProperty(ProjectsTemplateLayout.PROPERTY_ORGANISATION,
					(user.is(Role.SECRETARIAT) || user.organisationId() == null) ? "*"
							: String.valueOf(user.organisationId()));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Row row, ProjectView project, CellStyle quoted) {
		row.getCell(ProjectsTemplateLayout.PROJECT_ID).setCellValue(project.id());
		row.getCell(ProjectsTemplateLayout.VERSION_COLUMN).setCellValue(project.version());
		text(row.getCell(ProjectsTemplateLayout.IATI), project.iatiIdentifier(), quoted);
		text(row.getCell(ProjectsTemplateLayout.TITLE), project.title(), quoted);
		text(row.getCell(ProjectsTemplateLayout.DESCRIPTION), project.description(), quoted);
		text(row.getCell(ProjectsTemplateLayout.STATUS), project.status().name(), quoted);
		text(row.getCell(ProjectsTemplateLayout.REPORTING), project.reportingOrganisation(), quoted);
		text(row.getCell(ProjectsTemplateLayout.FUNDERS), names(project, OrganisationRole.FUNDING), quoted);
		text(row.getCell(ProjectsTemplateLayout.ACCOUNTABLE), names(project, OrganisationRole.ACCOUNTABLE), quoted);
		text(row.getCell(ProjectsTemplateLayout.EXTENDING), names(project, OrganisationRole.EXTENDING), quoted);
		text(row.getCell(ProjectsTemplateLayout.IMPLEMENTERS), names(project, OrganisationRole.IMPLEMENTING), quoted);
		text(row.getCell(ProjectsTemplateLayout.PARTNERS), String.join("; ", project.partners()), quoted);
		text(row.getCell(ProjectsTemplateLayout.INITIATIVES), String.join("; ", project.initiatives()), quoted);
		text(row.getCell(ProjectsTemplateLayout.PILLARS), String.join("; ", project.pillars()), quoted);
		amount(row.getCell(ProjectsTemplateLayout.BUDGET), project.budget().amount());
		text(row.getCell(ProjectsTemplateLayout.CURRENCY), project.budget().currency(), quoted);
		amount(row.getCell(ProjectsTemplateLayout.EUR_RATE), project.budget().eurRate());
		date(row.getCell(ProjectsTemplateLayout.PLANNED_START), project.plannedStart());
		date(row.getCell(ProjectsTemplateLayout.PLANNED_END), project.plannedEnd());
		date(row.getCell(ProjectsTemplateLayout.ACTUAL_START), project.actualStart());
		date(row.getCell(ProjectsTemplateLayout.ACTUAL_END), project.actualEnd());
		text(row.getCell(ProjectsTemplateLayout.YEARS),
				project.reportingYears().stream().map(String::valueOf).collect(Collectors.joining("; ")), quoted);
		text(row.getCell(ProjectsTemplateLayout.PUBLIC), project.publicListed() ? "YES" : "NO", quoted);
	}

	private static String names(ProjectView project, OrganisationRole role) {
		return project.withRole(role)
			.stream()
			.map(ProjectView.Participant::shortName)
			.collect(Collectors.joining("; "));
	}

	private static Row emptyRow(XSSFSheet sheet, int index, int columns, CellStyle input, CellStyle date) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < columns; column++) {
			boolean isDate = sheet.getSheetName().equals(ProjectsTemplateLayout.PROJECTS)
					&& column >= ProjectsTemplateLayout.PLANNED_START && column <= ProjectsTemplateLayout.ACTUAL_END;
			row.createCell(column).setCellStyle(isDate ? date : input);
		}
		return row;
	}

	private static void header(XSSFSheet sheet, List<String> headers, CellStyle style) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			text(row.createCell(i), headers.get(i), style);
			sheet.setColumnWidth(i, 22 * 256);
		}
	}

	private static void text(Cell cell, @Nullable String value, CellStyle quoted) {
		if (value == null || value.isEmpty()) {
			return;
		}
		cell.setCellValue(value);
		if (NeedsTemplateSheets.needsNeutralising(value)) {
			cell.setCellStyle(quoted);
		}
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

	private static void column(XSSFSheet sheet, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = (sheet.getRow(i) == null) ? sheet.createRow(i) : sheet.getRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
	}

	private static void validate(XSSFSheet sheet, int column, int lastRow, String listFormula) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listFormula),
				new CellRangeAddressList(1, lastRow, column, column));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

}
