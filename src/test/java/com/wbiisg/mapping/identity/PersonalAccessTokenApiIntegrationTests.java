package com.wbiisg.mapping.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.MovableClock;
import com.wbiisg.mapping.audit.MovableTimeConfiguration;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens through the API: made with a password, never with a token; read
 * only or read and write; refused after their last day with a 401 that says so; their
 * last use noted at most once a minute.
 */
@IntegrationTest
@Import(MovableTimeConfiguration.class)
class PersonalAccessTokenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@Test
	void makesATokenWithAPasswordAndListsItWithoutItsSecret() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		LocalDate lastDay = today().plusDays(30);

		String made = issue(account, "{\"name\":\"export\",\"scope\":\"read\",\"expiresOn\":\"" + lastDay + "\"}")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.token").value(containsString("iisg_")))
			.andExpect(jsonPath("$.scope").value("READ"))
			.andExpect(jsonPath("$.expiresOn").value(lastDay.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(made, "$.token");

		String listed = this.mvc.perform(get("/api/v1/account/tokens").with(password(account)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("export"))
			.andExpect(jsonPath("$[0].scope").value("READ"))
			.andExpect(jsonPath("$[0].expiresOn").value(lastDay.toString()))
			.andExpect(jsonPath("$[0].createdAt").isNotEmpty())
			.andExpect(jsonPath("$[0].lastUsedAt").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).doesNotContain(token).doesNotContain("\"token\"");
	}

	@Test
	void lastsNinetyDaysUnlessToldAndAtMostAYear() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");

		issue(account, "{\"name\":\"default\",\"scope\":\"WRITE\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresOn").value(today().plusDays(90).toString()));
		issue(account,
				"{\"name\":\"too long\",\"scope\":\"WRITE\",\"expiresOn\":\"" + today().plusYears(1).plusDays(1)
						+ "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("expiresOn")));
		issue(account, "{\"name\":\"no scope\"}").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("scope")));
	}

	@Test
	void refusesToMakeATokenWithAToken() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		String token = tokenOf(account, "WRITE", today().plusDays(10));

		this.mvc
			.perform(post("/api/v1/account/tokens").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"child\",\"scope\":\"WRITE\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("password")));
	}

	@Test
	void aReadOnlyTokenReadsButGets403ForAnyWrite() throws Exception {
		// The Secretariat, which HTTP Basic no longer serves, makes its token on My
		// account
		// after signing in with both factors.
		Account account = TestAccounts.create(this.administration, "pat", Role.SECRETARIAT);
		SecondFactorTesting.useClock(this.clock);
		String page = this.mvc
			.perform(post("/account/tokens").session(TestAccounts.signIn(this.mvc, account))
				.param("name", "script")
				.param("scope", "READ")
				.param("expiresOn", today().plusDays(10).toString())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher issued = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}").matcher(page);
		assertThat(issued.find()).isTrue();
		String token = issued.group();

		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());
		this.mvc
			.perform(bearer(post("/api/v1/frameworks"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\":\"WBCTi\",\"cycle\":\"2031-2032\",\"copyOf\":null}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("may only read")));
		this.mvc.perform(bearer(delete("/api/v1/account/tokens/1"), token)).andExpect(status().isForbidden());
	}

	@Test
	void refusesATokenAfterItsLastDayWithA401SayingItExpired() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		LocalDate lastDay = today();
		String token = tokenOf(account, "WRITE", lastDay);
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(1));

		this.mvc.perform(bearer(get("/api/v1/initiatives"), token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("expired")))
			.andExpect(jsonPath("$.detail").value(containsString(lastDay.toString())));
		this.mvc.perform(get("/api/v1/account/tokens").with(password(account)))
			.andExpect(jsonPath("$[0].expired").value(true));
	}

	@Test
	void revokesItsOwnTokenAndAnswers404ForAnothers() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		Account other = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		String made = issue(account, "{\"name\":\"short\",\"scope\":\"WRITE\"}").andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(made, "$.id")).longValue();
		String token = JsonPath.read(made, "$.token");

		this.mvc.perform(delete("/api/v1/account/tokens/{id}", id).with(password(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());

		this.mvc.perform(delete("/api/v1/account/tokens/{id}", id).with(password(account)))
			.andExpect(status().isNoContent());
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/account/tokens").with(password(account))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void notesTheLastUseAtMostOnceAMinute() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "pat");
		String token = tokenOf(account, "READ", today().plusDays(10));
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());
		Timestamp first = lastUse(account);

		this.clock.advance(Duration.ofSeconds(20));
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());
		assertThat(lastUse(account)).isEqualTo(first);

		this.clock.advance(Duration.ofSeconds(50));
		this.mvc.perform(bearer(get("/api/v1/initiatives"), token)).andExpect(status().isOk());
		assertThat(lastUse(account)).isAfter(first);
	}

	private ResultActions issue(Account account, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/account/tokens").with(password(account))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@AfterEach
	void computeCodesOnTheSystemClockAgain() {
		SecondFactorTesting.useClock(Clock.systemUTC());
	}

	private String tokenOf(Account account, String scope, LocalDate lastDay) throws Exception {
		String made = issue(account,
				"{\"name\":\"script\",\"scope\":\"" + scope + "\",\"expiresOn\":\"" + lastDay + "\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(made, "$.token");
	}

	private Timestamp lastUse(Account account) {
		return this.jdbc.queryForObject("select last_used_at from api_token where account_id = ?", Timestamp.class,
				account.getId());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static RequestPostProcessor password(Account account) {
		return httpBasic(account.getUsername(), TestAccounts.PASSWORD);
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

}
