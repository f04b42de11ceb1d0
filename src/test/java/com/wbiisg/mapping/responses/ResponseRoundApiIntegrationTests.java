package com.wbiisg.mapping.responses;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual response mapping round through the API: the Secretariat opens a reporting
 * year, members confirm their portfolios, the Secretariat sees who has and who has not.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseRoundApiIntegrationTests {

	/**
	 * A year no other test uses.
	 */
	private static final int YEAR = 2031;

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

	private ProjectFixtures projects;

	@BeforeAll
	void prepare() {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.projects = new ProjectFixtures(this.mvc, this.needs, this.membership);
	}

	@Test
	void runsARoundInWhichMembersConfirmTheirPortfolios() throws Exception {
		open(Who.PILLAR_LEAD, YEAR).andExpect(status().isForbidden());
		open(Who.SECRETARIAT, YEAR).andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.status").value("OPEN"));
		open(Who.SECRETARIAT, YEAR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("already a response mapping round")));
		String body = this.projects.body("Portfolio project", "MK")
			.replace("\"status\"", "\"reportingYears\": [" + YEAR + "], \"status\"");
		this.projects.register(Who.GROUP_MEMBER, body).andExpect(status().isCreated());

		confirm(Who.GROUP_MEMBER, null, "All projects entered").andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisation").value("IT"))
			.andExpect(jsonPath("$.projects").value(1))
			.andExpect(jsonPath("$.confirmedBy").value(this.needs.username(Who.GROUP_MEMBER)))
			.andExpect(jsonPath("$.note").value("All projects entered"));
		confirm(Who.OUTSIDER, this.projects.organisation("IT"), null).andExpect(status().isForbidden());
		confirm(Who.OWNER, null, null).andExpect(status().isForbidden());
		confirm(Who.SECRETARIAT, null, null).andExpect(status().isUnprocessableContent());
		confirm(Who.SECRETARIAT, this.projects.organisation("UK"), "Confirmed by e-mail")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.projects").value(0));

		this.mvc.perform(get("/api/v1/response-rounds/" + YEAR).with(this.needs.as(Who.PILLAR_LEAD)))
			.andExpect(status().isForbidden());
		String overview = this.mvc.perform(get("/api/v1/response-rounds/" + YEAR).with(this.needs.as(Who.BOARD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(overview, "$.members[?(@.organisation == 'IT')].confirmed"))
			.containsExactly(true);
		assertThat(JsonPath.<List<Boolean>>read(overview, "$.members[?(@.organisation == 'SI')].confirmed"))
			.containsExactly(false);
		assertThat(JsonPath.<List<Object>>read(overview, "$.members[?(@.organisation == 'MK')]"))
			.as("WB partners do not report projects")
			.isEmpty();

		this.mvc.perform(post("/api/v1/response-rounds/" + YEAR + "/close").with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		confirm(Who.PILLAR_LEAD, null, null).andExpect(status().isConflict());
		this.mvc.perform(post("/api/v1/response-rounds/" + YEAR + "/reopen").with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(jsonPath("$.status").value("OPEN"));
		confirm(Who.PILLAR_LEAD, null, null).andExpect(status().isCreated());
	}

	@Test
	void answersAYearWithoutARoundWithNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/response-rounds/1999").with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNotFound());
		confirm(Who.GROUP_MEMBER, null, null, 1999).andExpect(status().isNotFound());
	}

	private ResultActions open(Who who, int year) throws Exception {
		return this.mvc.perform(post("/api/v1/response-rounds").with(this.needs.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": " + year + "}"));
	}

	private ResultActions confirm(Who who, Long organisation, String note) throws Exception {
		return confirm(who, organisation, note, YEAR);
	}

	private ResultActions confirm(Who who, Long organisation, String note, int year) throws Exception {
		return this.mvc.perform(post("/api/v1/response-rounds/" + year + "/confirmations").with(this.needs.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\": %s, \"note\": %s}".formatted(organisation,
					(note == null) ? "null" : "\"" + note + "\"")));
	}

}
