package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user changes their own password on My account.
 */
@IntegrationTest
class OwnPasswordIntegrationTests {

	private static final String NEW_PASSWORD = "Saffron-Quarry-Nimbus-58";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private AuditEntries auditEntries;

	@Test
	void showsThePasswordFormOnMyAccount() throws Exception {
		Account account = TestAccounts.create(this.administration, "ownpw", Role.OBSERVER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/account/password\"")))
			.andExpect(content().string(containsString("name=\"currentPassword\"")))
			.andExpect(content().string(containsString("name=\"newPassword\"")));
	}

	@Test
	void changesThePasswordAndAuditsIt() throws Exception {
		Account account = TestAccounts.create(this.administration, "ownpw", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flashKey", "identity.account.passwordChanged"));

		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		this.mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		TestAccounts.signIn(this.mvc, account.getUsername(), NEW_PASSWORD);
		assertThat(actions(account)).contains("CHANGE_PASSWORD");
	}

	@Test
	void refusesAWrongCurrentPasswordWithAFieldErrorAndAuditsTheFailure() throws Exception {
		Account account = TestAccounts.create(this.administration, "ownpw", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "Not-My-Password-At-All-7")
				.param("newPassword", NEW_PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("This is not your current password.")))
			.andExpect(content().string(not(containsString("Not-My-Password-At-All-7"))))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));

		TestAccounts.signIn(this.mvc, account);
		assertThat(actions(account)).contains("PASSWORD_CHANGE_FAILED").doesNotContain("CHANGE_PASSWORD");
	}

	@Test
	void sendsAnAnonymousVisitorToTheSignInPage() throws Exception {
		this.mvc
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAChangeWithoutTheCsrfToken() throws Exception {
		Account account = TestAccounts.create(this.administration, "ownpw", Role.BOARD);
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(status().isForbidden());

		TestAccounts.signIn(this.mvc, account);
	}

	private List<String> actions(Account account) {
		return TestAccounts.asSecretariat(
				() -> this.auditEntries.search(new AuditFilter(account.getUsername(), null, null, null, null), 0, 50)
					.map(AuditEntry::getAction)
					.getContent());
	}

}
