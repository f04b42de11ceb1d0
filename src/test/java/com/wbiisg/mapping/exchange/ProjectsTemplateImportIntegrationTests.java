package com.wbiisg.mapping.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The projects template round trip: a partner focal point downloads its organisation's
 * projects, adds one with a link to a need, imports it; downloads again, changes it: one
 * update, no duplicate; a file with errors names them and writes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsTemplateImportIntegrationTests {

	private static final int PROJECT_ID = 0;

	private static final int TITLE = 3;

	private static final int DESCRIPTION = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	private NeedFixtures fixtures;

	private ImportCalls calls;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ImportCalls(this.mvc, this.fixtures);
	}

	@Test
	void roundTripRegistersAProjectWithItsLinkAndThenUpdatesItWithoutDuplicating() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		String title = "Slovenian mentoring of P/CVE coordinators " + cycle;
		try (XSSFWorkbook book = open(template(Who.PILLAR_LEAD))) {
			Row row = freeRow(book.getSheet("Projects"));
			fill(row, title, "implementation", "SI", "GIZ", "MK", "250000", "EUR");
			Row link = book.getSheet("Links").getRow(1);
			link.getCell(0).setCellValue(title);
			link.getCell(1).setCellValue(need);
			link.getCell(2).setCellValue("FULL");
			String preview = this.calls.await(upload(book), Who.PILLAR_LEAD);
			assertThat((List<?>) JsonPath.read(preview, "$.preview.errors")).isEmpty();
			assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(1);
			String done = this.calls.confirm(JsonPath.<Number>read(preview, "$.id").longValue(), Who.PILLAR_LEAD);
			assertThat(ImportCalls.status(done)).isEqualTo("DONE");
		}
		this.mvc.perform(get("/api/v1/needs/" + need + "/projects").with(this.fixtures.as(Who.PILLAR_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].coverage").value("FULL"));

		try (XSSFWorkbook book = open(template(Who.PILLAR_LEAD))) {
			Row row = rowTitled(book.getSheet("Projects"), title);
			long project = (long) row.getCell(PROJECT_ID).getNumericCellValue();
			row.getCell(DESCRIPTION).setCellValue("Three coordinators mentored in 2021.");
			String preview = this.calls.await(upload(book), Who.PILLAR_LEAD);
			assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isZero();
			assertThat((Integer) JsonPath.read(preview, "$.preview.update")).isEqualTo(1);
			String done = this.calls.confirm(JsonPath.<Number>read(preview, "$.id").longValue(), Who.PILLAR_LEAD);
			assertThat((Integer) JsonPath.read(done, "$.result.updated")).isEqualTo(1);
			this.mvc.perform(get("/api/v1/projects/" + project).with(this.fixtures.as(Who.PILLAR_LEAD)))
				.andExpect(jsonPath("$.description").value("Three coordinators mentored in 2021."))
				.andExpect(jsonPath("$.budget.amount").value(250000));
			String found = this.mvc
				.perform(get("/api/v1/projects").param("q", title).with(this.fixtures.as(Who.PILLAR_LEAD)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((Integer) JsonPath.read(found, "$.total")).isEqualTo(1);
		}
	}

	@Test
	void previewNamesTheErrorsOfProjectsAndLinksAndConfirmWritesNothing() throws Exception {
		long cycle = this.fixtures.openCycle();
		long draft = this.fixtures.draft(cycle, false);
		String title = "Project with errors " + cycle;
		try (XSSFWorkbook book = open(template(Who.PILLAR_LEAD))) {
			Row row = freeRow(book.getSheet("Projects"));
			fill(row, title, "ongoing", "NOBODY", "GIZ", "MK", "lots", "EUR");
			Row link = book.getSheet("Links").getRow(1);
			link.getCell(0).setCellValue(title);
			link.getCell(1).setCellValue(draft);
			link.getCell(2).setCellValue("FULL");
			Row orphan = book.getSheet("Links").getRow(2);
			orphan.getCell(0).setCellValue("No such project");
			orphan.getCell(1).setCellValue(draft);
			orphan.getCell(2).setCellValue("PARTIAL");
			String preview = this.calls.await(upload(book), Who.PILLAR_LEAD);
			List<Map<String, Object>> errors = JsonPath.read(preview, "$.preview.errors");
			int line = row.getRowNum() + 1;
			assertThat(errors).extracting((e) -> e.get("sheet") + "!" + e.get("column") + e.get("row"))
				.contains("Projects!F" + line, "Projects!H" + line, "Projects!O" + line, "Links!A3");
			assertThat(errors).extracting((e) -> (String) e.get("message"))
				.anyMatch((m) -> m.contains("'ongoing' is not in the list"))
				.anyMatch((m) -> m.contains("no organisation 'NOBODY'"))
				.anyMatch((m) -> m.contains("No such project"));
			String failed = this.calls.confirm(JsonPath.<Number>read(preview, "$.id").longValue(), Who.PILLAR_LEAD);
			assertThat(ImportCalls.status(failed)).isEqualTo("FAILED");
		}
		String found = this.mvc
			.perform(get("/api/v1/projects").param("q", title).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(found, "$.total")).isZero();
	}

	@Test
	void refusesTheProjectsTemplateToBeneficiaries() throws Exception {
		this.mvc.perform(get("/api/v1/templates/projects.xlsx").with(this.fixtures.as(Who.OWNER)))
			.andExpect(status().isForbidden());
	}

	private byte[] template(Who who) throws Exception {
		return this.mvc.perform(get("/api/v1/templates/projects.xlsx").with(this.fixtures.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private long upload(XSSFWorkbook book) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		return this.calls.upload("projects-xlsx", out.toByteArray(), "projects.xlsx", Who.PILLAR_LEAD, Map.of());
	}

	private static XSSFWorkbook open(byte[] bytes) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static void fill(Row row, String title, String status, String funder, String implementer, String partner,
			String budget, String currency) {
		cell(row, TITLE).setCellValue(title);
		cell(row, 5).setCellValue(status);
		cell(row, 7).setCellValue(funder);
		cell(row, 10).setCellValue(implementer);
		cell(row, 11).setCellValue(partner);
		cell(row, 12).setCellValue("WBCTi");
		cell(row, 13).setCellValue("PRE");
		if (budget.chars().allMatch(Character::isDigit)) {
			cell(row, 14).setCellValue(Double.parseDouble(budget));
		}
		else {
			cell(row, 14).setCellValue(budget);
		}
		cell(row, 15).setCellValue(currency);
		cell(row, 17).setCellValue(java.time.LocalDate.of(2021, 4, 1));
		cell(row, 18).setCellValue("2022-12-31");
		cell(row, 21).setCellValue("2021");
	}

	private static Cell cell(Row row, int column) {
		return (row.getCell(column) == null) ? row.createCell(column) : row.getCell(column);
	}

	private static Row freeRow(Sheet sheet) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0
					&& (row.getCell(TITLE) == null || row.getCell(TITLE).getStringCellValue().isEmpty())) {
				return row;
			}
		}
		throw new IllegalStateException("no free row");
	}

	private static Row rowTitled(Sheet sheet, String title) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(TITLE) != null
					&& title.equals(row.getCell(TITLE).getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalStateException("no row " + title);
	}

}
