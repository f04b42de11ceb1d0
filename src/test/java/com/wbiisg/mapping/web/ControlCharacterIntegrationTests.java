package com.wbiisg.mapping.web;

import java.net.URI;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Control characters other than tab, line feed and carriage return are refused in every
 * text: JSON fields, query and form parameters, with a 422 naming the field, and nothing
 * is stored; on PostgreSQL, which cannot store U+0000, the answer is the same as on H2.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharacterIntegrationTests {

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

	@Autowired
	JdbcTemplate jdbc;

	private NeedFixtures fixtures;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.fixtures.openCycle();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\u0085" })
	void refusesANeedWhoseTitleHoldsAControlCharacterNamingTheField(String escaped) throws Exception {
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need("a" + escaped + "b", "\"JAP2\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at position 2")))
			.andExpect(jsonPath("$.detail").value(containsString("title")));
		assertThat(storedNeeds()).isZero();
	}

	@Test
	void namesTheElementOfAListThatHoldsAControlCharacter() throws Exception {
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need("A clean title", "\"JAP2\", \"national\\u0000strategy\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("references[1]"));
		assertThat(storedNeeds()).isZero();
	}

	@Test
	void keepsTabsAndLineBreaksInTexts() throws Exception {
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(this.fixtures.openCycle(), "Train\\tteachers", "\"JAP2\"")
					.replace("Multi-agency training", "Multi-agency\\r\\ntraining\\n")))
			.andExpect(status().isCreated());
		assertThat(this.jdbc.queryForList("select title from need where title like 'Train%teachers'", String.class))
			.contains("Train\tteachers");
	}

	@Test
	void refusesASearchHoldingAControlCharacterNamingTheParameter() throws Exception {
		this.mvc.perform(get(URI.create("/api/v1/needs?q=a%00b")).with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("U+0000")));
		this.mvc.perform(get(URI.create("/needs?q=a%01b")).with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("q: Holds the control character U+0001")));
	}

	@Test
	void refusesAPageFormHoldingAControlCharacterAndStoresNothing() throws Exception {
		this.mvc
			.perform(post("/needs").with(this.fixtures.as(Who.OWNER))
				.with(csrf())
				.param("cycleId", String.valueOf(this.cycle))
				.param("measureCode", "PRE.2.1")
				.param("partner", "MK")
				.param("title", "a\u0000b")
				.param("type", "OPERATIONAL")
				.param("perspective", "PREVENTION")
				.param("priority", "HIGH"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("title: Holds the control character U+0000")));
		assertThat(storedNeeds()).isZero();
	}

	private int storedNeeds() {
		return this.jdbc.queryForObject("select count(*) from need where cycle_id = ?", Integer.class, this.cycle);
	}

	private String need(String title, String references) {
		return need(this.cycle, title, references);
	}

	private static String need(long cycle, String title, String references) {
		return """
				{"cycleId": %d, "measureCode": "PRE.2.1", "partner": "MK", "title": "%s",
				 "description": "Multi-agency training for front-line practitioners.", "type": "operational",
				 "perspective": "prevention", "priority": "high", "estimatedCostEur": 120000, "timeframe": "medium",
				 "references": [%s], "restricted": false}""".formatted(cycle, title, references);
	}

}
