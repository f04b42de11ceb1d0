package com.wbiisg.mapping.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.MovableClock;
import com.wbiisg.mapping.audit.MovableTimeConfiguration;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.identity.internal.Base32;
import com.wbiisg.mapping.identity.internal.TotpCodes;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.support.FullSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor through the real sign-in form and pages: who is sent to the step, the
 * enrolment of an authenticator app with codes computed here from the key shown, a code
 * used once, the tolerance of one time step, recovery codes, HTTP Basic refused while a
 * token works, and the Secretariat's reset.
 */
@IntegrationTest
@Import(MovableTimeConfiguration.class)
class SecondFactorSignInIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditEntries audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	SecondFactors factors;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void computeCodesOnTheApplicationsClock() {
		SecondFactorTesting.useClock(this.clock);
	}

	@AfterEach
	void computeCodesOnTheSystemClockAgain() {
		SecondFactorTesting.useClock(Clock.systemUTC());
	}

	@Test
	void sendsTheRolesThatReadRestrictedNeedsToTheFactorStepAndNoOther() throws Exception {
		Set<Long> inGroups = new HashSet<>();
		for (WorkingGroup group : this.membership.workingGroups()) {
			inGroups.addAll(group.leads());
			inGroups.addAll(group.members());
		}
		Organisation groupMember = this.membership.organisations()
			.stream()
			.filter((organisation) -> inGroups.contains(organisation.id()))
			.findFirst()
			.orElseThrow();
		Organisation outsider = this.membership.organisations()
			.stream()
			.filter((organisation) -> !inGroups.contains(organisation.id()))
			.findFirst()
			.orElseThrow();
		Organisation mk = this.membership.organisations()
			.stream()
			.filter((organisation) -> "MK".equals(organisation.shortName()))
			.findFirst()
			.orElseThrow();

		assertThat(passwordSignIn(TestAccounts.create(this.administration, "mfa.sec", Role.SECRETARIAT)))
			.isEqualTo("/login/factor");
		assertThat(passwordSignIn(TestAccounts.create(this.administration, "mfa.board", Role.BOARD)))
			.isEqualTo("/login/factor");
		assertThat(passwordSignIn(
				TestAccounts.create(this.administration, "mfa.mk", Role.BENEFICIARY_FOCAL_POINT, mk.id(), "MK")))
			.isEqualTo("/login/factor");
		assertThat(passwordSignIn(
				TestAccounts.create(this.administration, "mfa.lead", Role.PARTNER_FOCAL_POINT, groupMember.id(), null)))
			.isEqualTo("/login/factor");
		assertThat(passwordSignIn(
				TestAccounts.create(this.administration, "mfa.partner", Role.PARTNER_FOCAL_POINT, outsider.id(), null)))
			.isEqualTo("/");
		assertThat(passwordSignIn(TestAccounts.create(this.administration, "mfa.observer", Role.OBSERVER)))
			.isEqualTo("/");
	}

	@Test
	void keepsAnAccountWithoutAFactorOnTheEnrolmentUntilItEnrolsOne() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.enrol", Role.BOARD);
		MockHttpSession session = passwordSession(board);

		this.mvc.perform(get("/login/factor").session(session)).andExpect(redirectedUrl("/account/factors?enrol"));
		this.mvc.perform(get("/needs").session(session)).andExpect(redirectedUrlPattern("/login/factor?*"));
		this.mvc.perform(get("/account").session(session)).andExpect(redirectedUrlPattern("/login/factor?*"));
		this.mvc.perform(get("/account/factors").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"must-enrol\"")));
		this.mvc.perform(post("/account/factors/totp").session(session).param("code", "000000").with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/needs").session(session)).andExpect(redirectedUrlPattern("/login/factor?*"));

		byte[] key = SecondFactorTesting.enrol(this.mvc, session, board.getUsername());

		this.mvc.perform(get("/needs").session(session)).andExpect(status().isOk());
		assertThat(this.factors.overview(me(board)).authenticatorApp()).isTrue();
		String stored = this.jdbc.sql("select encrypted_secret from totp_factor where account_id = ?")
			.param(board.getId())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(Base32.encode(key)).doesNotContain(Base64.getEncoder().encodeToString(key));
	}

	@Test
	void signsInWithTheAppsCodeOnceAndGoesOnToThePageAskedFor() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.code", Role.BOARD);
		byte[] key = SecondFactorTesting.enrol(this.mvc, passwordSession(board), board.getUsername());
		this.clock.advance(Duration.ofMinutes(2));

		MvcResult asked = this.mvc.perform(get("/needs")).andReturn();
		MockHttpSession session = (MockHttpSession) asked.getRequest().getSession();
		MvcResult signIn = this.mvc
			.perform(post("/login").session(session)
				.param("username", board.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login/factor"))
			.andReturn();
		session = (MockHttpSession) signIn.getRequest().getSession();
		String code = SecondFactorTesting.codeNow(key, this.clock);
		this.mvc.perform(post("/login/factor").session(session).param("kind", "totp").param("code", code).with(csrf()))
			.andExpect(redirectedUrl("http://localhost/needs?continue"));
		this.mvc.perform(get("/needs").session(session)).andExpect(status().isOk());

		MockHttpSession again = passwordSession(board);
		step(again, "totp", code).andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/needs").session(again)).andExpect(redirectedUrlPattern("/login/factor?*"));
	}

	@Test
	void acceptsACodeOneStepOffAndRefusesOneTwoStepsOff() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.steps", Role.BOARD);
		byte[] key = SecondFactorTesting.enrol(this.mvc, passwordSession(board), board.getUsername());
		this.clock.advance(Duration.ofMinutes(5));
		long now = TotpCodes.step(this.clock.instant());

		step(passwordSession(board), "totp", TotpCodes.code(key, now - 2)).andExpect(status().isUnprocessableContent());
		step(passwordSession(board), "totp", TotpCodes.code(key, now + 2)).andExpect(status().isUnprocessableContent());
		step(passwordSession(board), "totp", TotpCodes.code(key, now - 1)).andExpect(redirectedUrl("/"));
		step(passwordSession(board), "totp", TotpCodes.code(key, now + 1)).andExpect(redirectedUrl("/"));
		step(passwordSession(board), "totp", TotpCodes.code(key, now)).andExpect(status().isUnprocessableContent());
	}

	@Test
	void takesEachRecoveryCodeOnce() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.recovery", Role.BOARD);
		SecondFactorTesting.enrol(this.mvc, passwordSession(board), board.getUsername());
		List<String> codes = renewedCodes(board);
		MockHttpSession first = passwordSession(board);
		step(first, "recovery", codes.get(0).toUpperCase()).andExpect(redirectedUrl("/"));
		step(passwordSession(board), "recovery", codes.get(0)).andExpect(status().isUnprocessableContent());
		assertThat(this.factors.overview(me(board)).recoveryCodesLeft()).isEqualTo(9);
		assertThat(this.audit.search(new AuditFilter(board.getUsername(), null, "Security", null, null), 0, 100)
			.map(AuditEntry::getAction)
			.getContent()).contains("SECOND_FACTOR", "SECOND_FACTOR_FAILED");
	}

	@Test
	void refusesHttpBasicToAnAccountThatMustUseASecondFactorWhileItsTokenWorks() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.api", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, board);

		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(board.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("personal access token")));
		String issued = this.mvc.perform(
				post("/account/tokens").session(session).param("name", "script").param("scope", "READ").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(issued);
		assertThat(token.find()).isTrue();
		this.mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + token.group()))
			.andExpect(status().isOk());

		Organisation outsider = this.membership.organisations()
			.stream()
			.filter((organisation) -> this.membership.workingGroups()
				.stream()
				.noneMatch((group) -> group.leads().contains(organisation.id())
						|| group.members().contains(organisation.id())))
			.findFirst()
			.orElseThrow();
		Account partner = TestAccounts.create(this.administration, "mfa.basic", Role.PARTNER_FOCAL_POINT, outsider.id(),
				null);
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(partner.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void letsTheSecretariatAloneResetAUsersFactorsAuditedWithTheSessionsEnded() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.reset", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, board);
		this.mvc.perform(get("/needs").session(session)).andExpect(status().isOk());
		Account secretariat = TestAccounts.create(this.administration, "mfa.resetter", Role.SECRETARIAT);
		Account other = TestAccounts.create(this.administration, "mfa.notreset", Role.BOARD);

		this.mvc
			.perform(post("/admin/users/" + board.getId() + "/factors/reset")
				.with(FullSignIn.user(this.users.loadUserByUsername(other.getUsername())))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.factors.overview(me(board)).authenticatorApp()).isTrue();

		this.mvc
			.perform(post("/admin/users/" + board.getId() + "/factors/reset")
				.with(FullSignIn.user(this.users.loadUserByUsername(secretariat.getUsername())))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.factors.overview(me(board)).authenticatorApp()).isFalse();
		assertThat(this.factors.overview(me(board)).recoveryCodesLeft()).isZero();
		this.mvc.perform(get("/needs").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.audit.search(new AuditFilter(null, "RESET_SECOND_FACTORS", null, null, null), 0, 100)
			.map(AuditEntry::getRecordId)
			.getContent()).contains(String.valueOf(board.getId()));
		assertThat(this.jdbc.sql("select subject from mail_message where account_id = ?")
			.param(board.getId())
			.query(String.class)
			.list()).as("the user is told by mail").contains("The second factors of your account were removed");
		MockHttpSession afterwards = passwordSession(board);
		this.mvc.perform(get("/login/factor").session(afterwards)).andExpect(redirectedUrl("/account/factors?enrol"));
	}

	@Test
	void refusesToRemoveTheLastFactorOfAnAccountThatMustUseOne() throws Exception {
		Account board = TestAccounts.create(this.administration, "mfa.last", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, board);

		this.mvc.perform(post("/account/factors/totp/remove").session(session).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.factors.overview(me(board)).authenticatorApp()).isTrue();
	}

	private String passwordSignIn(Account account) throws Exception {
		return this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private MockHttpSession passwordSession(Account account) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login/factor"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private ResultActions step(MockHttpSession session, String kind, String code) throws Exception {
		return this.mvc
			.perform(post("/login/factor").session(session).param("kind", kind).param("code", code).with(csrf()));
	}

	private List<String> renewedCodes(Account account) throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String page = this.mvc.perform(post("/account/factors/recovery-codes").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher code = Pattern.compile("<li>([a-z2-7]{6}-[a-z2-7]{6})</li>").matcher(page);
		List<String> codes = new ArrayList<>();
		while (code.find()) {
			codes.add(code.group(1));
		}
		assertThat(codes).hasSize(10);
		assertThat(page).contains("10 recovery codes left");
		return codes;
	}

	private static CurrentUser me(Account account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getOrganisationId(), account.getPartnerCode());
	}

}
