package com.wbiisg.mapping.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The IATI import from the import pages: the upload form asks for the initiative of new
 * projects, and the outcome of a confirmed import leads to each project and to its
 * suggested needs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiImportPagesIntegrationTests {

	private static final String FILE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<iati-activities version="2.03">
			  <iati-activity default-currency="EUR">
			    <iati-identifier>XM-IISG-PAGES-1</iati-identifier>
			    <reporting-org ref="XM-IISG-PAGES" type="21"><narrative>Pages Test Agency</narrative></reporting-org>
			    <title><narrative>Mentoring of prison deradicalisation officers in Montenegro</narrative></title>
			    <participating-org role="1" type="10"><narrative>Italy</narrative></participating-org>
			    <activity-status code="2"/>
			    <activity-date iso-date="2021-01-01" type="2"/>
			    <recipient-country code="ME"/>
			  </iati-activity>
			</iati-activities>
			""";

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
	void asksForTheInitiativeOfNewProjectsAndLeadsFromTheOutcomeToTheirSuggestedNeeds() throws Exception {
		Document form = page("/imports");
		assertThat(form.select("#upload-kind option").eachAttr("value")).contains("iati");
		assertThat(form.select("#upload-initiative option").eachAttr("value")).contains("WBCTi");

		long job = this.calls.upload("iati", FILE.getBytes(StandardCharsets.UTF_8), "pages.xml", Who.SECRETARIAT,
				Map.of("initiative", "WBCTi"));
		assertThat(ImportCalls.status(this.calls.await(job, Who.SECRETARIAT))).isEqualTo("PREVIEW_READY");
		assertThat(page("/imports/" + job).select("#job-status").text()).isEqualTo("Preview ready");
		String done = this.calls.confirm(job, Who.SECRETARIAT);
		assertThat(ImportCalls.status(done)).isEqualTo("DONE");
		List<Number> projects = JsonPath.read(done, "$.result.projectIds");
		assertThat(projects).hasSize(1);

		Document outcome = page("/imports/" + job);
		assertThat(outcome.select("#iati-outcome a").eachAttr("href")).contains(
				"/projects/" + projects.get(0).longValue(),
				"/projects/" + projects.get(0).longValue() + "#project-suggestions");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
