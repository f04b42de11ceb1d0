package com.wbiisg.mapping.responses;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public project list for visitors who are not signed in: its page, its CSV download
 * and its API answer only projects their members list publicly, and of those only the
 * public fields.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProjectsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	CycleAdministration cycles;

	@Autowired
	ProjectRegistry registry;

	ResponsePageFixtures fx;

	String quoted;

	String formula;

	String hidden;

	@BeforeAll
	void projects() {
		this.fx = new ResponsePageFixtures(this.accounts, this.users, this.membership, this.frameworks, this.cycles);
		this.quoted = "Border police training, \"phase 2\" " + this.fx.suffix;
		this.formula = "=HYPERLINK(\"http://evil.test\") " + this.fx.suffix;
		this.hidden = this.fx.unique("Confidential witness protection");
		this.fx.project(this.registry, this.fx.at, "AT", this.quoted, List.of("BA", "RS"), true, 2021);
		this.fx.project(this.registry, this.fx.si, "SI", this.formula, List.of("MK"), true, 2021);
		this.fx.project(this.registry, this.fx.at, "AT", this.hidden, List.of("BA"), false, 2021);
	}

	@Test
	void anAnonymousVisitorSeesPublicProjectsOnly() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/public/projects").param("q", this.fx.suffix))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Support projects in the Western Balkans");
		assertThat(page.select("#public-projects tbody th").eachText()).containsExactlyInAnyOrder(this.quoted,
				this.formula);
		assertThat(page.text()).doesNotContain(this.hidden);
		assertThat(page.select("#public-projects tbody tr:contains(phase 2)").text()).contains("Austria")
			.contains("DCAF Ljubljana")
			.contains("Bosnia and Herzegovina, Serbia")
			.contains("WBCTi (PRE)")
			.contains("2021-01-01 – 2022-12-31")
			.contains("Implementation")
			.contains("EUR 100,000");
		assertThat(page.select("#main-nav")).isEmpty();
		assertThat(page.select("header a[href=/login]")).hasSize(1);
		assertThat(page.select("#csv-download").attr("href")).isEqualTo("/public/projects.csv?q=" + this.fx.suffix);
		assertThat(page.select("a[href^=/projects/], a[href^=/needs/]")).isEmpty();
	}

	@Test
	void theFiltersNarrowTheList() throws Exception {
		assertThat(titles(Map.of("q", this.fx.suffix, "partner", "MK"))).containsExactly(this.formula);
		assertThat(titles(Map.of("q", this.fx.suffix, "funder", "AT"))).containsExactly(this.quoted);
		assertThat(titles(Map.of("q", this.fx.suffix, "implementer", "DCAF"))).hasSize(2);
		assertThat(titles(Map.of("q", this.fx.suffix, "status", "PIPELINE"))).isEmpty();
		assertThat(titles(Map.of("q", this.fx.suffix, "pillar", "PRE", "initiative", "WBCTi"))).hasSize(2);
		assertThat(titles(Map.of("q", this.fx.suffix, "partner", "XK"))).isEmpty();
	}

	@Test
	void theCsvQuotesNeutralisesFormulasAndLeavesOutNonPublicProjects() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/public/projects.csv").param("q", this.fx.suffix))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"iisg-projects.csv\"");
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.split("\r\n"));
		assertThat(lines.get(0))
			.isEqualTo("title,funders,implementers,partners,initiatives,pillars,start,end,status,budget_eur");
		assertThat(csv).endsWith("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines).contains("\"Border police training, \"\"phase 2\"\" " + this.fx.suffix
				+ "\",Austria,DCAF Ljubljana,BA; RS,WBCTi,PRE,2021-01-01,2022-12-31,IMPLEMENTATION,100000.00");
		assertThat(lines).contains("\"'=HYPERLINK(\"\"http://evil.test\"\") " + this.fx.suffix
				+ "\",Slovenia,DCAF Ljubljana,MK,WBCTi,PRE,2021-01-01,2022-12-31,IMPLEMENTATION,100000.00");
		assertThat(csv).doesNotContain(this.hidden);
		String filtered = this.mvc.perform(get("/public/projects.csv").param("q", this.fx.suffix).param("funder", "SI"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered.split("\r\n")).hasSize(2);
		assertThat(filtered).contains("'=HYPERLINK").doesNotContain("Border police");
	}

	@Test
	void theApiAnswersThePublicFieldsOfPublicProjectsToAnyone() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/public/projects").param("q", this.fx.suffix).param("funder", "AT"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String json = response.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
		Map<String, Object> item = JsonPath.read(json, "$.items[0]");
		assertThat(item).containsOnlyKeys("title", "funders", "implementers", "partners", "initiatives", "pillars",
				"start", "end", "status", "budgetEur");
		assertThat(item).containsEntry("title", this.quoted)
			.containsEntry("funders", List.of("Austria"))
			.containsEntry("implementers", List.of("DCAF Ljubljana"))
			.containsEntry("partners", List.of("BA", "RS"))
			.containsEntry("initiatives", List.of("WBCTi"))
			.containsEntry("pillars", List.of("PRE"))
			.containsEntry("start", "2021-01-01")
			.containsEntry("end", "2022-12-31")
			.containsEntry("status", "IMPLEMENTATION");
		String all = this.mvc.perform(get("/api/v1/public/projects").param("q", this.fx.suffix))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(all, "$.total")).isEqualTo(2);
		assertThat(all).doesNotContain(this.hidden).doesNotContain("\"id\"").doesNotContain("need");
	}

	private List<String> titles(Map<String, String> params) throws Exception {
		var request = get("/public/projects");
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString()).select("#public-projects tbody th").eachText();
	}

}
