package com.wbiisg.mapping.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokenIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	private static final Pattern REVOKE_ACTION = Pattern.compile("/account/tokens/(\\d+)/revoke");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private Membership membership;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void showsTheSignedInUsersRoleOrganisationAndPartner() throws Exception {
		long macedonia = this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals("MK"))
			.map(Organisation::id)
			.findFirst()
			.orElseThrow();
		Account account = TestAccounts.create(this.administration, "token", Role.BENEFICIARY_FOCAL_POINT, macedonia,
				"MK");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.getDisplayName())))
			.andExpect(content().string(containsString("Beneficiary focal point")))
			.andExpect(content().string(containsString("North Macedonia (MK)")))
			.andExpect(content().string(containsString("You have no access token.")))
			.andExpect(content().string(containsString("href=\"/account\"")));
	}

	@Test
	void issuesATokenShownOnceThatOpensTheApi() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		String page = this.mvc
			.perform(post("/account/tokens").session(session).with(csrf()).param("name", "export script"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it will not be shown again")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = find(TOKEN, page);

		this.mvc.perform(get("/api/v1/initiatives").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("export script")))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void issuesAReadOnlyTokenWithItsLastDayOnMyAccount() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

		String page = this.mvc
			.perform(post("/account/tokens").session(session)
				.with(csrf())
				.param("name", "reader")
				.param("scope", "READ")
				.param("expiresOn", lastDay))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = find(TOKEN, page);

		this.mvc.perform(get("/account").session(session))
			.andExpect(content().string(containsString("Read only")))
			.andExpect(content().string(containsString(lastDay)));
		this.mvc.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden());
		Integer readOnly = this.jdbc.queryForObject(
				"select count(*) from api_token where account_id = ? and scope = 'READ' and expires_on = ?",
				Integer.class, account.getId(), Date.valueOf(lastDay));
		assertThat(readOnly).isOne();
	}

	@Test
	void refusesALastDayMoreThanAYearAheadOnMyAccount() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc
			.perform(post("/account/tokens").session(session)
				.with(csrf())
				.param("name", "forever")
				.param("scope", "WRITE")
				.param("expiresOn", LocalDate.now(ZoneOffset.UTC).plusYears(2).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("a year at most")));
		this.mvc
			.perform(post("/account/tokens").session(session)
				.with(csrf())
				.param("name", "nonsense")
				.param("expiresOn", "next week"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the last day as a date")));
		Integer tokens = this.jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class,
				account.getId());
		assertThat(tokens).isZero();
	}

	@Test
	void refusesARevokedToken() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String page = issue(session, "short-lived");
		String token = find(TOKEN, page);
		String tokenId = find(REVOKE_ACTION, page);

		this.mvc.perform(post("/account/tokens/{id}/revoke", tokenId).session(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));

		this.mvc.perform(get("/api/v1/initiatives").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/account").session(session)).andExpect(content().string(containsString("Revoked")));
	}

	@Test
	void refusesAMadeUpToken() throws Exception {
		this.mvc
			.perform(get("/api/v1/initiatives").header(HttpHeaders.AUTHORIZATION,
					"Bearer iisg_thisTokenWasNeverIssuedByThePlatform0123"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail").value("The access token is unknown, revoked, or its account is disabled."));
		this.mvc.perform(get("/api/v1/initiatives").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void storesOnlyTheHashOfAToken() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String token = find(TOKEN, issue(session, "hash check"));

		List<String> stored = this.jdbc.queryForList("select token_hash from api_token where account_id = ?",
				String.class, account.getId());

		assertThat(stored).containsExactly(sha256(token));
		assertThat(stored.get(0)).doesNotContain(token.substring("iisg_".length()));
	}

	@Test
	void doesNotLetAnotherUserRevokeMyToken() throws Exception {
		Account owner = TestAccounts.create(this.administration, "token", Role.BOARD);
		Account other = TestAccounts.create(this.administration, "token", Role.BOARD);
		String page = issue(TestAccounts.signIn(this.mvc, owner), "mine");
		String token = find(TOKEN, page);

		this.mvc
			.perform(post("/account/tokens/{id}/revoke", find(REVOKE_ACTION, page))
				.session(TestAccounts.signIn(this.mvc, other))
				.with(csrf()))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/api/v1/initiatives").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
	}

	@Test
	void asksForANameBeforeIssuingAToken() throws Exception {
		Account account = TestAccounts.create(this.administration, "token", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(not(containsString("iisg_"))));
	}

	private String issue(MockHttpSession session, String name) throws Exception {
		return this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("page contains %s", pattern).isTrue();
		return (matcher.groupCount() > 0) ? matcher.group(1) : matcher.group();
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
