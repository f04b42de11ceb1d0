package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.support.FullSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdministrationIntegrationTests {

	private static final String NEW_PASSWORD = "Granite-Meadow-Violin-7";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private Membership membership;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void secretariatCreatesAnAccountThroughThePages() throws Exception {
		String username = TestAccounts.uniqueName("admin");
		this.mvc.perform(get("/admin/users/new").with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("for=\"partnerCode\"")))
			.andExpect(content().string(containsString("Partner focal point")));

		this.mvc
			.perform(post("/admin/users").with(secretariat())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Ana Test")
				.param("email", username + "@example.org")
				.param("role", "PARTNER_FOCAL_POINT")
				.param("organisationId", String.valueOf(organisation("SI")))
				.param("partnerCode", "")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/admin/users").with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Ana Test")))
			.andExpect(content().string(containsString("Partner focal point")));
		TestAccounts.signIn(this.mvc, username, TestAccounts.PASSWORD);
	}

	@Test
	void secretariatEditsAnAccountThroughThePages() throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);
		this.mvc.perform(get("/admin/users/{id}/edit", account.getId()).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.getDisplayName())));

		this.mvc
			.perform(post("/admin/users/{id}", account.getId()).with(secretariat())
				.with(csrf())
				.param("version", String.valueOf(account.getVersion()))
				.param("displayName", "Renamed Board Member")
				.param("email", account.getEmail())
				.param("role", "BENEFICIARY_FOCAL_POINT")
				.param("organisationId", String.valueOf(organisation("MK")))
				.param("partnerCode", "MK"))
			.andExpect(redirectedUrl("/admin/users"));

		Account stored = reload(account);
		assertThat(stored.getDisplayName()).isEqualTo("Renamed Board Member");
		assertThat(stored.getRole()).isEqualTo(Role.BENEFICIARY_FOCAL_POINT);
		assertThat(stored.getPartnerCode()).isEqualTo("MK");
		assertThat(stored.getUsername()).isEqualTo(account.getUsername());
	}

	@Test
	void secretariatDisablesAndEnablesAnAccountThroughThePages() throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);

		this.mvc.perform(post("/admin/users/{id}/disable", account.getId()).with(secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(reload(account).isEnabled()).isFalse();
		this.mvc.perform(get("/admin/users").with(secretariat()))
			.andExpect(content().string(containsString("Disabled")));
		this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/users/{id}/enable", account.getId()).with(secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(reload(account).isEnabled()).isTrue();
		TestAccounts.signIn(this.mvc, account);
	}

	@Test
	void showsAnAccountHeldBackFromAnAddressAndUnlocksIt() throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(account.getUsername()).password("Wrong-Password-Again-1"));
		}
		this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?throttled"));

		this.mvc.perform(get("/admin/users").with(secretariat()))
			.andExpect(content().string(containsString("Held back from some address until")));
		this.mvc.perform(get("/admin/users/{id}/edit", account.getId()).with(secretariat()))
			.andExpect(content().string(containsString("Unlock the account")));

		this.mvc.perform(post("/admin/users/{id}/enable", account.getId()).with(secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		TestAccounts.signIn(this.mvc, account);
	}

	@Test
	void secretariatResetsAPassword() throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);

		this.mvc
			.perform(post("/admin/users/{id}/password", account.getId()).with(secretariat())
				.with(csrf())
				.param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/admin/users"));

		TestAccounts.signIn(this.mvc, account.getUsername(), NEW_PASSWORD);
		this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void showsFieldErrorsForAShortPasswordAndStoresNothing() throws Exception {
		String username = TestAccounts.uniqueName("admin");

		this.mvc.perform(createRequest(username, username + "@example.org", "BOARD", null, "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("A password has at least 12 characters.")));

		assertThat(countAccounts(username)).isZero();
	}

	@Test
	void showsFieldErrorsForADuplicateUserName() throws Exception {
		Account existing = TestAccounts.create(this.administration, "admin", Role.BOARD);

		this.mvc
			.perform(createRequest(existing.getUsername(), "other." + existing.getEmail(), "BOARD", null,
					TestAccounts.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("is already taken")));
	}

	@Test
	void showsTheRuleOfUserNamesForAUserNameThatBreaksIt() throws Exception {
		this.mvc.perform(createRequest("No Spaces", "rule@example.org", "BOARD", null, TestAccounts.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString(
					"3 to 60 lower-case letters, digits, dots, dashes or underscores, such as mk.focal.")));
		assertThat(countAccounts("no spaces")).isZero();
	}

	@Test
	void showsFieldErrorsForADuplicateEmail() throws Exception {
		Account existing = TestAccounts.create(this.administration, "admin", Role.BOARD);
		String username = TestAccounts.uniqueName("admin");

		this.mvc.perform(createRequest(username, existing.getEmail(), "BOARD", null, TestAccounts.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Another account uses")));
		assertThat(countAccounts(username)).isZero();
	}

	@Test
	void showsFieldErrorsForABeneficiaryFocalPointWithoutPartner() throws Exception {
		String username = TestAccounts.uniqueName("admin");

		this.mvc
			.perform(createRequest(username, username + "@example.org", "BENEFICIARY_FOCAL_POINT", organisation("AL"),
					TestAccounts.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"partnerCode-error\"")))
			.andExpect(content().string(containsString("A beneficiary focal point belongs to one WB partner.")));
		assertThat(countAccounts(username)).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "SECRETARIAT", mode = EnumSource.Mode.EXCLUDE)
	void refusesEveryUserPageAndActionToOtherRoles(Role role) throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);
		RequestPostProcessor user = FullSignIn.user("someone").roles(role.name());
		List<MockHttpServletRequestBuilder> requests = List.of(get("/admin/users"), get("/admin/users/new"),
				get("/admin/users/{id}/edit", account.getId()),
				post("/admin/users").param("username", TestAccounts.uniqueName("intruder")),
				post("/admin/users/{id}", account.getId()).param("displayName", "Hijacked"),
				post("/admin/users/{id}/disable", account.getId()), post("/admin/users/{id}/enable", account.getId()),
				post("/admin/users/{id}/password", account.getId()).param("password", NEW_PASSWORD));

		for (MockHttpServletRequestBuilder request : requests) {
			this.mvc.perform(request.with(user).with(csrf())).andExpect(status().isForbidden());
		}

		Account stored = reload(account);
		assertThat(stored.isEnabled()).isTrue();
		assertThat(stored.getDisplayName()).isEqualTo(account.getDisplayName());
		TestAccounts.signIn(this.mvc, account);
	}

	@Test
	void answersAStaleEditWith409AndShowsTheOtherPersonsValues() throws Exception {
		Account account = TestAccounts.create(this.administration, "admin", Role.BOARD);
		long readVersion = account.getVersion();
		TestAccounts.asSecretariat(() -> this.administration.update(account.getId(), readVersion,
				new AccountData("Saved By Colleague", account.getEmail(), Role.BOARD, null, null)));

		this.mvc
			.perform(post("/admin/users/{id}", account.getId()).with(secretariat())
				.with(csrf())
				.param("version", String.valueOf(readVersion))
				.param("displayName", "Typed By Me")
				.param("email", account.getEmail())
				.param("role", "BOARD"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"stale-notice\"")))
			.andExpect(content().string(containsString("Someone else saved this record while you were editing.")))
			.andExpect(content().string(containsString("value=\"Saved By Colleague\"")))
			.andExpect(content().string(containsString("Typed By Me")))
			.andExpect(content().string(containsString("value=\"" + (readVersion + 1) + "\"")))
			.andExpect(content().string(not(containsString("value=\"Typed By Me\""))));

		assertThat(reload(account).getDisplayName()).isEqualTo("Saved By Colleague");
	}

	private MockHttpServletRequestBuilder createRequest(String username, String email, String role, Long organisationId,
			String password) {
		return post("/admin/users").with(secretariat())
			.with(csrf())
			.param("username", username)
			.param("displayName", "Someone New")
			.param("email", email)
			.param("role", role)
			.param("organisationId", (organisationId == null) ? "" : String.valueOf(organisationId))
			.param("partnerCode", "")
			.param("password", password);
	}

	private static RequestPostProcessor secretariat() {
		return FullSignIn.user("secretariat-tester").roles("SECRETARIAT");
	}

	private long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals(shortName))
			.map(Organisation::id)
			.findFirst()
			.orElseThrow();
	}

	private Account reload(Account account) {
		return TestAccounts.asSecretariat(() -> this.administration.get(account.getId()));
	}

	private int countAccounts(String username) {
		Integer count = this.jdbc.queryForObject("select count(*) from account where username = ?", Integer.class,
				username);
		return (count == null) ? 0 : count;
	}

}
