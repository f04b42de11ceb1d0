package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.Exports;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API round trip of an export job (API.md "Exchange"): {@code POST /exports} answers
 * 202 with the job id, {@code GET /jobs/{id}} shows the job until it is done with the
 * rows, bytes and address of its file, and {@code GET /jobs/{id}/file} downloads what the
 * synchronous export of the same kind answers to the same caller.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJobApiIntegrationTests {

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

	private ExportJobCalls calls;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ExportJobCalls(this.mvc, this.fixtures);
	}

	@ParameterizedTest
	@CsvSource({ "needs-csv, /api/v1/exports/needs.csv, text/csv;charset=UTF-8, needs.csv",
			"projects-csv, /api/v1/exports/projects.csv, text/csv;charset=UTF-8, projects.csv",
			"links-csv, /api/v1/exports/links.csv, text/csv;charset=UTF-8, links.csv",
			"projects-iati, /api/v1/exports/projects.iati.xml, application/xml;charset=UTF-8, projects.iati.xml" })
	void startsAnExportPollsItsJobAndDownloadsTheFile(String kind, String atOnce, String contentType, String name)
			throws Exception {
		long job = this.calls.startFromApi(kind, Who.GROUP_MEMBER);
		String done = this.calls.await(job, Who.GROUP_MEMBER);
		assertThat((String) JsonPath.read(done, "$.kind")).isEqualTo(kind);
		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(done, "$.progress")).isEqualTo(100);
		assertThat((String) JsonPath.read(done, "$.fileName")).isEqualTo(name);
		String download = JsonPath.read(done, "$.result.download");
		assertThat(download).isEqualTo("/api/v1/jobs/" + job + "/file");

		MockHttpServletResponse file = this.calls.file(download, Who.GROUP_MEMBER);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo(contentType);
		assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + name + "\"");
		byte[] bytes = file.getContentAsByteArray();
		assertThat(((Number) JsonPath.read(done, "$.result.bytes")).longValue()).isEqualTo(bytes.length);
		String text = new String(bytes, StandardCharsets.UTF_8);
		String expected = Exports.text(this.mvc, atOnce, this.fixtures.as(Who.GROUP_MEMBER));
		long rows = ((Number) JsonPath.read(done, "$.result.rows")).longValue();
		if (kind.endsWith("csv")) {
			assertThat(text).isEqualTo(expected);
			assertThat(rows).isEqualTo(text.split("\r\n").length - 2);
		}
		else {
			assertThat(withoutTimestamp(text)).isEqualTo(withoutTimestamp(expected));
			assertThat(rows).isEqualTo(text.split("<iati-activity ", -1).length - 1);
		}
	}

	@Test
	void refusesAnUnknownKindNamingIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"needs-xlsx\"}")
				.with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value(containsString("needs-xlsx")));
		this.mvc
			.perform(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent());
	}

	private static String withoutTimestamp(String iati) {
		return iati.replaceFirst("generated-datetime=\"[^\"]*\"", "");
	}

}
