package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.support.FullSignIn;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIntegrationTests {

	private static final String WRONG_PASSWORD = "Not-The-Right-One-99";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private Membership membership;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private AuditEntries auditEntries;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void signsInWithTheFormAndRenewsTheSessionId() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "signin");
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(account.getUsername()).withRoles("PARTNER_FOCAL_POINT"))
			.andReturn();

		HttpSession after = result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(before);
		this.mvc.perform(get("/").session((MockHttpSession) after)).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/dashboard").session((MockHttpSession) after)).andExpect(status().isOk());
	}

	@Test
	void endsTheOpenSessionsOfAnAccountWhenItIsDisabled() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "disabled.live");
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		this.mvc.perform(get("/frameworks").session(session)).andExpect(status().isOk());

		TestAccounts.asSecretariat(() -> {
			this.administration.disable(account.getId());
			return null;
		});

		this.mvc.perform(get("/frameworks").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void sendsAWrongPasswordBackToTheSignInPageWithAnError() throws Exception {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);

		this.mvc.perform(formLogin().user(account.getUsername()).password(WRONG_PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The user name or password is wrong")));
	}

	@Test
	void refusesADisabledAccount() throws Exception {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);
		TestAccounts.runAsSecretariat(() -> this.administration.disable(account.getId()));

		this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?signedOut"))
			.andExpect(unauthenticated());

		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/frameworks").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAPagePostWithoutCsrfToken() throws Exception {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc.perform(post("/account/tokens").session(session).param("name", "no csrf"))
			.andExpect(status().isForbidden());

		Integer tokens = this.jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class,
				account.getId());
		assertThat(tokens).isZero();
	}

	@Test
	void sendsAnonymousVisitorsOfPagesToTheSignInPage() throws Exception {
		this.mvc.perform(get("/frameworks")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void answersAnonymousApiCallsWith401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/initiatives"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void acceptsHttpBasicOnTheApi() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "signin");

		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), WRONG_PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void auditsEverySignInAndEveryFailure() throws Exception {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);
		Account secretariat = TestAccounts.create(this.administration, "auditor", Role.SECRETARIAT);

		this.mvc.perform(formLogin().user(account.getUsername()).password(WRONG_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		TestAccounts.signIn(this.mvc, account);

		assertThat(this.auditEntries.search(new AuditFilter(account.getUsername(), null, "Security", null, null), 0, 50)
			.map(AuditEntry::getAction)
			.getContent()).containsExactlyInAnyOrder("SIGN_IN_FAILED", "SIGN_IN");
		this.mvc
			.perform(get("/api/v1/audit").param("recordType", "Security")
				.param("user", account.getUsername())
				.with(FullSignIn.user(this.users.loadUserByUsername(secretariat.getUsername()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].action", hasItems("SIGN_IN", "SIGN_IN_FAILED")));
	}

	@Test
	void storesPasswordsOnlyAsBcryptHashes() {
		Account account = TestAccounts.create(this.administration, "signin", Role.BOARD);

		String stored = this.jdbc.queryForObject("select password_hash from account where username = ?", String.class,
				account.getUsername());

		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
	}

}
