package com.wbiisg.mapping.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.internal.iati.SafeXml;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xml.sax.SAXException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV and IATI exports through the API: exact header rows with HXL hashtags, only
 * what the caller may see (a restricted need never to an outsider), text that a
 * spreadsheet would run as a formula neutralised, and an IATI file that the official 2.03
 * schema accepts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIntegrationTests {

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

	private NeedFixtures needs;

	private String restrictedTitle;

	private String formulaTitle;

	private String projectTitle;

	@BeforeAll
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		long cycle = this.needs.openCycle();
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.restrictedTitle = "Restricted witness protection need " + run;
		long restricted = this.needs.create(cycle, "MK", "PRE.2.1", Who.OWNER, this.restrictedTitle, true);
		this.needs.transition(restricted, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		this.formulaTitle = "=HYPERLINK(\\\"http://attacker.example\\\") " + run;
		long formula = this.needs.create(cycle, "MK", "PRE.2.1", Who.OWNER, this.formulaTitle, false);
		this.needs.transition(formula, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		this.projectTitle = "@SUM(1+1) mentoring " + run;
		String json = this.mvc
			.perform(post("/api/v1/projects").with(this.needs.as(Who.GROUP_MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "%s", "description": "Mentoring.", "iatiIdentifier": "XM-IISG-EXPORT-%s",
						 "organisations": [{"organisationId": %d, "role": "funding"},
						                   {"organisationId": %d, "role": "implementing"}],
						 "partners": ["MK"], "initiatives": ["WBCTi"], "pillars": ["PRE"],
						 "budget": {"amount": 1000000, "currency": "gbp", "eurRate": 1.16},
						 "funding": [{"stage": "committed", "amount": 800000, "year": 2021}],
						 "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "status": "implementation"}"""
					.formatted(this.projectTitle, run, organisation("IT"), organisation("DCAF"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long project = ((Number) JsonPath.read(json, "$.id")).longValue();
		for (long need : new long[] { restricted, formula }) {
			this.mvc
				.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(Who.SECRETARIAT))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"needId\": %d, \"coverage\": \"PARTIAL\"}".formatted(need)))
				.andExpect(status().isCreated());
		}
	}

	private long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.shortName().equals(shortName))
			.map(Organisation::id)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void startsEachCsvWithAHeaderAndARowOfHxlHashtags() throws Exception {
		MvcResult needs = Exports.download(this.mvc, "/api/v1/exports/needs.csv", this.needs.as(Who.SECRETARIAT));
		assertThat(needs.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(needs.getResponse().getHeader("Content-Disposition")).contains("needs.csv");
		assertThat(needs.getResponse().getContentAsString())
			.startsWith("id,cycle_id,partner,initiative,pillar,measure,title,type,perspective,priority,institution,"
					+ "estimated_cost_eur,timeframe,status,restricted\r\n"
					+ "#meta+id,#meta+cycle,#country+code,#sector+initiative,#sector+pillar,#indicator+code,"
					+ "#description+need,#meta+type,#meta+perspective,#meta+priority,#org+beneficiary,"
					+ "#value+cost+eur,#meta+timeframe,#status,#meta+restricted\r\n");
		assertThat(Exports.text(this.mvc, "/api/v1/exports/projects.csv", this.needs.as(Who.SECRETARIAT)))
			.startsWith("id,iati_identifier,title,reporting_organisation,funders,implementers,partners,initiatives,"
					+ "pillars,sectors,status,budget,currency,budget_eur,start,end\r\n"
					+ "#meta+id,#activity+code,#activity+name,#org+reporting,#org+funder,#org+impl,#country+code,"
					+ "#sector+initiative,#sector+pillar,#sector,#status,#value+budget,#currency,#value+budget+eur,"
					+ "#date+start,#date+end\r\n");
		assertThat(Exports.text(this.mvc, "/api/v1/exports/links.csv", this.needs.as(Who.SECRETARIAT)))
			.startsWith("project_id,project_title,need_id,need_title,partner,coverage,share_percent,"
					+ "effective_share_percent,note\r\n"
					+ "#meta+id+project,#activity+name,#meta+id+need,#description+need,#country+code,#meta+coverage,"
					+ "#value+share+pct,#value+share+pct+effective,#description+note\r\n");
	}

	@Test
	void leavesARestrictedNeedOutForAnOutsider() throws Exception {
		assertThat(Exports.text(this.mvc, "/api/v1/exports/needs.csv", this.needs.as(Who.SECRETARIAT)))
			.contains(this.restrictedTitle);
		assertThat(Exports.text(this.mvc, "/api/v1/exports/links.csv", this.needs.as(Who.SECRETARIAT)))
			.contains(this.restrictedTitle);
		assertThat(Exports.text(this.mvc, "/api/v1/exports/needs.csv", this.needs.as(Who.OUTSIDER)))
			.doesNotContain(this.restrictedTitle)
			.contains(this.formulaTitle.substring(1).replace("\\\"", "\"\""));
		String links = Exports.text(this.mvc, "/api/v1/exports/links.csv", this.needs.as(Who.OUTSIDER));
		assertThat(links).doesNotContain(this.restrictedTitle).contains(this.projectTitle.substring(1));
		assertThat(Exports.text(this.mvc, "/api/v1/exports/needs.csv", this.needs.as(Who.OTHER_BENEFICIARY)))
			.doesNotContain(this.restrictedTitle);
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
		String needs = Exports.text(this.mvc, "/api/v1/exports/needs.csv", this.needs.as(Who.SECRETARIAT));
		String unescaped = this.formulaTitle.replace("\\\"", "\"");
		assertThat(needs).contains(",\"'" + unescaped.replace("\"", "\"\"") + "\",")
			.doesNotContain(",\"" + unescaped.replace("\"", "\"\""));
		String projects = Exports.text(this.mvc, "/api/v1/exports/projects.csv", this.needs.as(Who.SECRETARIAT));
		assertThat(projects).contains(",'" + this.projectTitle + ",").doesNotContain("," + this.projectTitle + ",");
	}

	@Test
	void exportsProjectsAsAnIatiFileThatTheSchemaAccepts() throws Exception {
		byte[] xml = Exports.download(this.mvc, "/api/v1/exports/projects.iati.xml", this.needs.as(Who.BOARD))
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<iati-activities version=\"2.03\"")
			.contains(this.projectTitle)
			.contains("<recipient-country code=\"MK\"/>");
		validate(xml);
		assertThatThrownBy(() -> validate("""
				<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>
				</iati-activity></iati-activities>""".getBytes(StandardCharsets.UTF_8)))
			.as("the schema check itself refuses an activity without its required elements")
			.isInstanceOf(SAXException.class);
	}

	static void validate(byte[] xml) throws IOException, SAXException {
		Assumptions.assumeTrue(Files.isRegularFile(IatiSchema.PATH),
				"The IATI 2.03 schema is not at " + IatiSchema.PATH.toAbsolutePath() + "; skipped.");
		Schema schema = SafeXml.schemaFactory().newSchema(IatiSchema.PATH.toFile());
		SafeXml.validator(schema).validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

}
