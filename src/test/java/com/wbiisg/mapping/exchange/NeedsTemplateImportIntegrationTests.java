package com.wbiisg.mapping.exchange;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs template round trip through the whole application: download, fill with POI,
 * upload, preview, confirm; download again, change, upload: updates, never duplicates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsTemplateImportIntegrationTests {

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
	void roundTripUpdatesExactlyOneNeedAndDuplicatesNone() throws Exception {
		long cycle = this.fixtures.openCycle();
		NeedsWorkbooks first = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		first.fill(first.emptyRowOf("PRE.2.1"), "Train front-line workers on early signs", "operational", "PREVENTION",
				"High");
		Row second = first.emptyRowOf("RES.1.2");
		first.fill(second, "Crisis communication protocol", "INSTITUTIONAL", "RESPONSE", "MEDIUM")
			.number(second, NeedsWorkbooks.COST, 45000.5);
		Row third = first.freeRow();
		first.fill(third, "Forensic laboratory equipment", "OPERATIONAL", "RESPONSE", "LOW")
			.set(third, NeedsWorkbooks.MEASURE_CODE, "PRO.3.1");
		long job = this.calls.upload(first.bytes(), "needs-mk.xlsx", Who.OWNER);
		String preview = this.calls.await(job, Who.OWNER);
		assertThat(ImportCalls.status(preview)).isEqualTo("PREVIEW_READY");
		assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(3);
		assertThat((List<?>) JsonPath.read(preview, "$.preview.errors")).isEmpty();
		assertThat(needsOf(cycle)).isEmpty();
		String done = this.calls.confirm(job, Who.OWNER);
		assertThat(ImportCalls.status(done)).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(done, "$.result.created")).isEqualTo(3);
		List<String> titles = needsOf(cycle);
		assertThat(titles).containsExactlyInAnyOrder("Train front-line workers on early signs",
				"Crisis communication protocol", "Forensic laboratory equipment");

		NeedsWorkbooks again = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		assertThat(again.countNeedRows()).isEqualTo(3);
		long changedId = ((Number) JsonPath.read(done, "$.result.needIds[1]")).longValue();
		again.set(again.rowOfNeed(changedId), NeedsWorkbooks.DESCRIPTION, "Agreed with the crisis centre.");
		long secondJob = this.calls.upload(again.bytes(), "needs-mk-2.xlsx", Who.OWNER);
		String secondPreview = this.calls.await(secondJob, Who.OWNER);
		assertThat((Integer) JsonPath.read(secondPreview, "$.preview.create")).isZero();
		assertThat((Integer) JsonPath.read(secondPreview, "$.preview.update")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(secondPreview, "$.preview.unchanged")).isEqualTo(2);
		String secondDone = this.calls.confirm(secondJob, Who.OWNER);
		assertThat((Integer) JsonPath.read(secondDone, "$.result.updated")).isEqualTo(1);
		assertThat(needsOf(cycle)).hasSize(3);
		this.mvc.perform(get("/api/v1/needs/" + changedId).with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$.description").value("Agreed with the crisis centre."))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void previewNamesEveryErrorBySheetRowAndColumnAndConfirmWritesNothing() throws Exception {
		long cycle = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		Row wrongType = book.emptyRowOf("PRE.2.1");
		book.fill(wrongType, "Wrong type", "STRATEGIC", "PREVENTION", "HIGH");
		Row unknownMeasure = book.freeRow();
		book.fill(unknownMeasure, "Unknown measure", "OPERATIONAL", "PREVENTION", "HIGH")
			.set(unknownMeasure, NeedsWorkbooks.MEASURE_CODE, "PRE.9.9");
		Row noTitle = book.emptyRowOf("PRE.2.2");
		book.fill(noTitle, "x", "OPERATIONAL", "PREVENTION", "HIGH").set(noTitle, NeedsWorkbooks.TITLE, null);
		Row formula = book.emptyRowOf("PRE.2.3");
		book.fill(formula, "Formula", "OPERATIONAL", "PREVENTION", "HIGH").formula(formula, NeedsWorkbooks.COST, "1+1");
		Row duplicate = book.emptyRowOf("RES.1.2");
		book.fill(duplicate, "Twice", "OPERATIONAL", "RESPONSE", "LOW");
		Row twice = book.freeRow();
		book.fill(twice, "Twice", "OPERATIONAL", "RESPONSE", "LOW").set(twice, NeedsWorkbooks.MEASURE_CODE, "RES.1.2");
		Row badCost = book.emptyRowOf("PRO.3.1");
		book.fill(badCost, "Bad cost", "OPERATIONAL", "RESPONSE", "LOW")
			.set(badCost, NeedsWorkbooks.COST, "a lot")
			.set(badCost, NeedsWorkbooks.START, "soon");
		long job = this.calls.upload(book.bytes(), "errors.xlsx", Who.OWNER);
		String preview = this.calls.await(job, Who.OWNER);
		assertThat(ImportCalls.status(preview)).isEqualTo("PREVIEW_READY");
		List<Map<String, Object>> errors = JsonPath.read(preview, "$.preview.errors");
		assertThat(errors).extracting((e) -> e.get("sheet") + "!" + e.get("column") + e.get("row"))
			.containsExactlyInAnyOrder("Needs!G" + (wrongType.getRowNum() + 1),
					"Needs!C" + (unknownMeasure.getRowNum() + 1), "Needs!E" + (noTitle.getRowNum() + 1),
					"Needs!K" + (formula.getRowNum() + 1), "Needs!E" + (twice.getRowNum() + 1),
					"Needs!K" + (badCost.getRowNum() + 1), "Needs!M" + (badCost.getRowNum() + 1));
		assertThat(errors).extracting((e) -> (String) e.get("message"))
			.anyMatch((m) -> m.contains("'STRATEGIC' is not in the list"))
			.anyMatch((m) -> m.contains("no measure PRE.9.9"))
			.anyMatch((m) -> m.contains("formula"))
			.anyMatch((m) -> m.contains("entered twice"))
			.anyMatch((m) -> m.contains("must be a number"))
			.anyMatch((m) -> m.contains("not a date"));
		assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(preview, "$.preview.skip")).isEqualTo(6);

		byte[] marked = this.mvc.perform(get("/api/v1/jobs/" + job + "/errors.xlsx").with(this.fixtures.as(Who.OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
			Cell cell = workbook.getSheet("Needs").getRow(wrongType.getRowNum()).getCell(NeedsWorkbooks.TYPE);
			assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			Comment comment = cell.getCellComment();
			assertThat(comment.getString().getString()).contains("'STRATEGIC' is not in the list");
		}

		String failed = this.calls.confirm(job, Who.OWNER);
		assertThat(ImportCalls.status(failed)).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(failed, "$.error")).contains("Nothing was imported");
		assertThat(needsOf(cycle)).isEmpty();
	}

	@Test
	void previewOfManyRowsCountsEveryRowAndListsTheFirstOnly() throws Exception {
		long cycle = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		Sheet needs = book.needs();
		int below = needs.getLastRowNum() + 1;
		for (int i = 1; i <= 601; i++) {
			Row row = needs.createRow(below + i);
			book.fill(row, "Listed need " + i, "OPERATIONAL", "PREVENTION", "HIGH")
				.set(row, NeedsWorkbooks.MEASURE_CODE, "PRE.2.1");
		}
		long job = this.calls.upload(book.bytes(), "needs-many.xlsx", Who.OWNER);
		String preview = this.calls.await(job, Who.OWNER);

		assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(601);
		assertThat((List<String>) JsonPath.read(preview, "$.preview.items[*].label")).hasSize(500)
			.startsWith("Listed need 1", "Listed need 2")
			.endsWith("Listed need 500");
		String page = this.mvc.perform(get("/imports/" + job).with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#preview-items caption").text())
			.isEqualTo("Rows of the file (500 of 601 shown)");
		assertThat(ImportCalls.status(this.calls.confirm(job, Who.OWNER))).isEqualTo("DONE");
		assertThat(this.mvc
			.perform(get("/api/v1/needs").param("cycle", String.valueOf(cycle))
				.param("size", "1")
				.with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"total\":601");
	}

	@Test
	void namesTheCellOfATextHoldingAControlCharacterAndImportsNothingOfIt() throws Exception {
		long cycle = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		Row nul = book.emptyRowOf("PRE.2.1");
		// how a spreadsheet program writes U+0000 into the file (OOXML's escape)
		book.fill(nul, "Train_x0000_teachers", "OPERATIONAL", "PREVENTION", "HIGH");
		Row tab = book.emptyRowOf("PRE.2.2");
		book.fill(tab, "Train\tsocial workers", "OPERATIONAL", "PREVENTION", "HIGH");
		long job = this.calls.upload(book.bytes(), "control.xlsx", Who.OWNER);
		String preview = this.calls.await(job, Who.OWNER);

		List<Map<String, Object>> errors = JsonPath.read(preview, "$.preview.errors");
		assertThat(errors).extracting((e) -> e.get("sheet") + "!" + e.get("column") + e.get("row"))
			.containsExactly("Needs!E" + (nul.getRowNum() + 1));
		assertThat((String) errors.get(0).get("message")).contains("control character U+0000 at position 6");
		assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(1);
	}

	@Test
	void refusesTheTemplateOfAnotherPartnerOrCycle() throws Exception {
		long cycle = this.fixtures.openCycle();
		long other = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		book.fill(book.emptyRowOf("PRE.2.1"), "A need", "OPERATIONAL", "PREVENTION", "HIGH");
		String ofAnotherPartner = this.calls.await(this.calls.upload(book.bytes(), "mk.xlsx", Who.OTHER_BENEFICIARY),
				Who.OTHER_BENEFICIARY);
		assertThat(ImportCalls.status(ofAnotherPartner)).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(ofAnotherPartner, "$.error")).contains("template of the partner MK");
		String ofAnotherCycle = this.calls.await(
				this.calls.upload(book.bytes(), "mk.xlsx", Who.OWNER, Map.of("cycle", String.valueOf(other))),
				Who.OWNER);
		assertThat(ImportCalls.status(ofAnotherCycle)).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(ofAnotherCycle, "$.error")).contains("not of the cycle you chose");
		assertThat(needsOf(cycle)).isEmpty();
	}

	@Test
	void showsAJobOnlyToItsUploaderAndTheSecretariat() throws Exception {
		long cycle = this.fixtures.openCycle();
		long job = this.calls.upload(this.calls.template(cycle, Who.OWNER), "empty.xlsx", Who.OWNER);
		this.calls.await(job, Who.OWNER);
		this.mvc.perform(get("/api/v1/jobs/" + job).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/imports/" + job + "/confirm").with(this.fixtures.as(Who.PILLAR_LEAD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/jobs/" + job).with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("needs-xlsx"))
			.andExpect(jsonPath("$.preview.create").value(0));
		this.mvc.perform(get("/api/v1/jobs").with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$[0].id").value(job));
	}

	@Test
	void answersAnUnknownKindWith400NamingIt() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "x.csv", "text/csv", new byte[] { 1 }))
				.param("kind", "csv")
				.with(this.fixtures.as(Who.OWNER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'csv'")));
	}

	@Test
	void answersAFileOverTheLimitWith413() throws Exception {
		byte[] large = new byte[51 * 1024 * 1024];
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "big.xlsx", "application/octet-stream",
						large))
				.param("kind", "needs-xlsx")
				.with(this.fixtures.as(Who.OWNER)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("50 MB")))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.containsString("the setting iisg.exchange.max-upload-size")));
	}

	@Test
	void writesTheTemplateWithListsLockedMeasuresPropertiesAndNeutralisedText() throws Exception {
		long cycle = this.fixtures.openCycle();
		long id = this.fixtures.create(cycle, "MK", "PRE.2.1", Who.OWNER, "=HYPERLINK(\\\"http://evil.test\\\")",
				false);
		byte[] template = this.calls.template(cycle, Who.OWNER);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
			XSSFSheet needs = workbook.getSheet("Needs");
			assertThat(needs.getProtect()).isTrue();
			assertThat(needs.getDataValidations()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("Lists")))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			Row row = NeedsWorkbooks.open(template).rowOfNeed(id);
			row = needs.getRow(row.getRowNum());
			assertThat(row.getCell(NeedsWorkbooks.MEASURE_CODE).getStringCellValue()).isEqualTo("PRE.2.1");
			assertThat(row.getCell(NeedsWorkbooks.MEASURE_CODE).getCellStyle().getLocked()).isTrue();
			assertThat(row.getCell(NeedsWorkbooks.TITLE).getCellStyle().getLocked()).isFalse();
			Cell title = row.getCell(NeedsWorkbooks.TITLE);
			assertThat(title.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
			POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
			assertThat(custom.getProperty("iisg.cycle").getLpwstr()).isEqualTo(String.valueOf(cycle));
			assertThat(custom.getProperty("iisg.partner").getLpwstr()).isEqualTo("MK");
			assertThat(custom.getProperty("iisg.templateVersion").getLpwstr()).isEqualTo("1");
			Sheet lists = workbook.getSheet("Lists");
			assertThat(lists.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LEGISLATIVE");
		}
	}

	@Test
	void refusesTheTemplateToOtherPartnersAndOfClosedCycles() throws Exception {
		long cycle = this.fixtures.openCycle();
		this.mvc
			.perform(get("/api/v1/templates/needs.xlsx").param("cycle", String.valueOf(cycle))
				.param("partner", "MK")
				.with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/templates/needs.xlsx").param("cycle", String.valueOf(cycle))
				.with(this.fixtures.as(Who.PILLAR_LEAD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/cycles/" + cycle + "/close").with(this.fixtures.as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		this.mvc
			.perform(get("/api/v1/templates/needs.xlsx").param("cycle", String.valueOf(cycle))
				.param("partner", "MK")
				.with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(status().isConflict());
	}

	private List<String> needsOf(long cycle) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/needs").param("cycle", String.valueOf(cycle))
				.param("size", "100")
				.with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items[*].title");
	}

}
