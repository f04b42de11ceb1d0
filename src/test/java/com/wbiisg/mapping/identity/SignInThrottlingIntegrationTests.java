package com.wbiisg.mapping.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed sign-ins are throttled per user name and client address: five from one address
 * hold that address back, while the owner signs in from another; a disabled account's
 * open sessions and tokens stop working.
 */
@IntegrationTest
class SignInThrottlingIntegrationTests {

	private static final String WRONG_PASSWORD = "Not-The-Right-One-99";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private Membership membership;

	@Autowired
	private AuditEntries auditEntries;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void holdsBackTheAttackersAddressWhileTheOwnerSignsInFromAnother() throws Exception {
		Account secretariat = TestAccounts.create(this.administration, "throttled", Role.SECRETARIAT);
		String attacker = address();
		String owner = address();
		for (int i = 0; i < 5; i++) {
			signIn(secretariat, WRONG_PASSWORD, attacker).andExpect(redirectedUrl("/login?error"));
		}

		signIn(secretariat, TestAccounts.PASSWORD, attacker).andExpect(redirectedUrl("/login?throttled"))
			.andExpect(unauthenticated());
		signIn(secretariat, TestAccounts.PASSWORD, owner).andExpect(redirectedUrl("/login/factor"))
			.andExpect(authenticated().withUsername(secretariat.getUsername()));
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
	}

	@Test
	void answersHttpBasicFromAHeldBackAddressWith429AndRetryAfter() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		String attacker = address();
		for (int i = 0; i < 5; i++) {
			basic(account, WRONG_PASSWORD, attacker).andExpect(status().isUnauthorized());
		}

		MvcResult refused = basic(account, TestAccounts.PASSWORD, attacker).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(header().exists("Retry-After"))
			.andReturn();
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 61L);
		basic(account, TestAccounts.PASSWORD, address()).andExpect(status().isOk());
	}

	@Test
	void doublesTheBlockWithEachFurtherFailure() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		String attacker = address();
		for (int i = 0; i < 5; i++) {
			basic(account, WRONG_PASSWORD, attacker);
		}
		Instant first = blockedUntil(account, attacker);
		// The block is lifted early here as if a minute had passed; the next failure
		// blocks
		// for two.
		this.jdbc.update("update sign_in_throttle set blocked_until = null where account_key = ? and address = ?",
				account.getUsername(), attacker);
		basic(account, WRONG_PASSWORD, attacker).andExpect(status().isUnauthorized());

		Instant second = blockedUntil(account, attacker);
		assertThat(Duration.between(Instant.now(), first)).isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));
		assertThat(Duration.between(Instant.now(), second)).isBetween(Duration.ofSeconds(110), Duration.ofMinutes(2));
	}

	@Test
	void forgetsThePairsFailuresAtASuccessfulSignIn() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		String address = address();
		for (int i = 0; i < 4; i++) {
			basic(account, WRONG_PASSWORD, address).andExpect(status().isUnauthorized());
		}
		basic(account, TestAccounts.PASSWORD, address).andExpect(status().isOk());

		basic(account, WRONG_PASSWORD, address).andExpect(status().isUnauthorized());
		basic(account, TestAccounts.PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void theSecretariatsUnlockForgetsTheFailuresFromEveryAddress() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		String attacker = address();
		for (int i = 0; i < 5; i++) {
			basic(account, WRONG_PASSWORD, attacker);
		}
		basic(account, TestAccounts.PASSWORD, attacker).andExpect(status().isTooManyRequests());

		TestAccounts.runAsSecretariat(() -> this.administration.enable(account.getId()));

		basic(account, TestAccounts.PASSWORD, attacker).andExpect(status().isOk());
	}

	@Test
	void auditsAHeldBackSignInAsAFailure() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		String attacker = address();
		for (int i = 0; i < 6; i++) {
			signIn(account, WRONG_PASSWORD, attacker);
		}

		assertThat(this.auditEntries.search(new AuditFilter(account.getUsername(), null, "Security", null, null), 0, 50)
			.map(AuditEntry::getAction)
			.getContent()).hasSize(6).containsOnly("SIGN_IN_FAILED");
	}

	@Test
	void refusesTheOpenSessionOfAnAccountDisabledOnAnotherNode() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		this.mvc.perform(get("/frameworks").session(session)).andExpect(status().isOk());

		// Another node disabled it: this node's session registry knows nothing of it.
		this.jdbc.update("update account set enabled = false where id = ?", account.getId());
		Thread.sleep(1_100);

		this.mvc.perform(get("/frameworks").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void refusesTheTokenOfADisabledAccountUntilItIsEnabledAgain() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "throttled");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String page = this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "script"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}").matcher(page);
		assertThat(token.find()).isTrue();
		this.mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + token.group()))
			.andExpect(status().isOk());

		TestAccounts.runAsSecretariat(() -> this.administration.disable(account.getId()));
		this.mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + token.group()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		TestAccounts.runAsSecretariat(() -> this.administration.enable(account.getId()));
		this.mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + token.group()))
			.andExpect(status().isOk());
	}

	private ResultActions signIn(Account account, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", account.getUsername()).param("password", password));
	}

	private ResultActions basic(Account account, String password, String address) throws Exception {
		return this.mvc
			.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), password)).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	private Instant blockedUntil(Account account, String address) {
		return this.jdbc
			.queryForObject("select blocked_until from sign_in_throttle where account_key = ? and address = ?",
					Timestamp.class, account.getUsername(), address)
			.toInstant();
	}

	/**
	 * An address of its own for each test, as the database is shared.
	 */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
