package com.wbiisg.mapping.analysis;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard on the demo data: headline figures, the heatmap and its table, the
 * drill-down, htmx fragments and the CSV of each chart; lists hold only what the reader
 * may see. Shares the Spring context of the demo data tests.
 */
@SpringBootTest(properties = { "iisg.demo.password=Demo-Data-Test-2",
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class DashboardPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void greetsMembersWithTheDashboard() throws Exception {
		this.mvc.perform(get("/").with(as("board"))).andExpect(redirectedUrl("/dashboard"));
		Document page = page("/dashboard", "board");
		assertThat(page.select("#headline-needs").text()).isEqualTo("33");
		assertThat(page.select("#headline-covered").text()).isEqualTo("42.4%");
		assertThat(page.select("#headline-overlaps").text()).isEqualTo("3");
		assertThat(page.select("#heatmap-table tbody th").eachText()).containsExactly("AL", "BA", "XK", "ME", "MK",
				"RS", "REG");
		assertThat(page.select("#heatmap-table thead th[data-label]").eachText()).containsExactly("ANT", "PRE", "PRO",
				"RES");
		assertThat(page.select("#cell-BA-PRE").text()).isEqualTo("1 + 0 of 3");
		assertThat(page.select("[data-chart]")).hasSize(3);
		assertThat(page.select("#overlap-list > li")).hasSize(3);
		assertThat(page.select("script[src*=echarts]")).hasSize(1);
	}

	@Test
	void swapsOnlyTheContentForAFilterChangeMadeWithHtmx() throws Exception {
		String fragment = this.mvc.perform(get("/dashboard?partner=BA").header("HX-Request", "true").with(as("board")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"dashboard-content\"");
		Document content = Jsoup.parse(fragment);
		assertThat(content.select("#headline-needs").text()).isEqualTo("7");
		assertThat(content.select("#heatmap-table tbody th").eachText()).containsExactly("BA");
		assertThat(content.select("#dashboard-filters")).isEmpty();
	}

	@Test
	void marksTheChosenFiltersInTheFormOfEachPage() throws Exception {
		for (int twice = 0; twice < 2; twice++) {
			Document ba = page("/dashboard?partner=BA&funder=AT", "board");
			assertThat(ba.select("#d-partner option[selected]").eachAttr("value")).containsExactly("BA");
			assertThat(ba.select("#d-funder option[selected]").eachAttr("value")).containsExactly("AT");
			assertThat(ba.select("#dashboard-filters + #dashboard-content")).hasSize(1);
			Document all = page("/dashboard", "board");
			assertThat(all.select("#d-partner option[selected], #d-funder option[selected]")).isEmpty();
			assertThat(all.select("#d-cycle option[selected]").eachText()).containsExactly("WBCTi 2021–2022");
		}
	}

	@Test
	void drillsDownIntoACellToItsUncoveredNeeds() throws Exception {
		Document cell = page("/dashboard/cell?partner=BA&pillar=PRE&coverage=NONE", "board");
		assertThat(cell.select("#drill-heading").text()).contains("Bosnia and Herzegovina").contains("PRE");
		assertThat(cell.select("#drill-needs tbody tr")).hasSize(2);
		assertThat(cell.select("#drill-needs tbody tr td:nth-child(4)").eachText()).containsOnly("Not covered");
		assertThat(cell.select("#drill-NONE").hasClass("active")).isTrue();
	}

	@Test
	void offersTheDataOfEveryChartAsCsv() throws Exception {
		for (String name : List.of("coverage", "status", "funding", "uncovered", "overlaps")) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/dashboard/data/" + name + ".csv").with(as("board")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).startsWith("text/csv");
			assertThat(response.getHeader("Content-Disposition")).contains("iisg-" + name + ".csv");
			assertThat(response.getContentAsString().split("\r\n").length).as(name).isGreaterThan(1);
		}
		String coverage = this.mvc.perform(get("/dashboard/data/coverage.csv").with(as("board")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coverage).startsWith(
				"partner,pillar,needs,covered,partial,uncovered,overlapping,estimated_cost_eur,mapped_funding_eur,funding_gap_eur\r\n");
		this.mvc.perform(get("/dashboard/data/secrets.csv").with(as("board"))).andExpect(status().isNotFound());
	}

	@Test
	void showsABeneficiaryEveryPartnerInFiguresButOnlyItsOwnRestrictedNeedsInLists() throws Exception {
		Document board = page("/dashboard", "board");
		Document montenegro = page("/dashboard", "me.focal");
		assertThat(montenegro.select("#headline-needs").text()).isEqualTo(board.select("#headline-needs").text());
		assertThat(montenegro.select("#heatmap-table tbody th").eachText())
			.isEqualTo(board.select("#heatmap-table tbody th").eachText());
		String boardList = this.mvc.perform(get("/dashboard/data/uncovered.csv").with(as("board")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String ownList = this.mvc.perform(get("/dashboard/data/uncovered.csv").with(as("me.focal")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String line : ownList.split("\r\n")) {
			assertThat(boardList).contains(line);
		}
		assertThat(ownList.lines().skip(1).map((line) -> line.split(",")[1]).distinct().toList())
			.allMatch((partner) -> partner.equals("ME") || partner.equals("REG"));
	}

	@Test
	void sendsEachUserTheLayoutWithTheirOwnMenusNameAndSignOutToken() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Document first = page(get("/dashboard").session(session).with(as("secretariat")));
		Document again = page(get("/dashboard").session(session).with(as("secretariat")));
		String token = again.select("form[action=/logout] input[name=_csrf]").val();
		assertThat(token).isNotBlank().isEqualTo(again.select("meta[name=_csrf]").attr("content"));
		assertThat(again.select("#headline-needs").text()).isEqualTo("33");
		assertThat(again.select("nav strong").text()).isEqualTo("secretariat");
		assertThat(again.select("a[href=/admin/users]")).hasSize(1);
		assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));

		Document board = page(get("/dashboard").with(as("board")));
		assertThat(board.select("nav strong").text()).isEqualTo("board");
		assertThat(board.select("a[href=/admin/users]")).isEmpty();
		assertThat(board.select("meta[name=_csrf]").attr("content")).isNotBlank().isNotEqualTo(token);
		assertThat(board.html()).doesNotContain(token);

		this.mvc.perform(post("/logout").session(session).param("_csrf", "not-the-token").with(as("secretariat")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").session(session).param("_csrf", token).with(as("secretariat")))
			.andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void showsAFlashMessageAboveTheDashboard() throws Exception {
		Document page = page(
				get("/dashboard").flashAttr("flashKey", "identity.account.tokenRevoked").with(as("board")));
		assertThat(page.select("#main > .alert-success").text()).isEqualTo("The token was revoked.");
		assertThat(page.select("#headline-needs").text()).isEqualTo("33");
		assertThat(page.select("form[action=/logout] input[name=_csrf]").val()).isNotBlank();
	}

	private static String withoutTokens(Document page) {
		page.select("meta[name=_csrf], input[name=_csrf]").remove();
		return page.html();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		return Jsoup.parse(response.getContentAsString());
	}

	private Document page(String url, String user) throws Exception {
		return page(get(url).with(as(user)));
	}

	private RequestPostProcessor as(String user) {
		return user(this.users.loadUserByUsername(user));
	}

}
