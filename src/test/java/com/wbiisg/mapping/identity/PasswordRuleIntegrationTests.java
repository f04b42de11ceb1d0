package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.support.FullSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password rule where a user chooses a password: the Secretariat's account form and
 * the change of one's own password on My account.
 */
@IntegrationTest
class PasswordRuleIntegrationTests {

	private static final String COMMON = "This password is among the most common passwords.";

	private static final String REPEATS = "This password is too easy to guess: repeated characters";

	private static final String CONTAINS_NAME = "A password must not contain the user name.";

	private static final String CONTAINS_EMAIL = "A password must not contain the e-mail address";

	private static final String TOO_LONG = "A password has at most 128 characters.";

	private static final String WORDS = "granite meadow violin harbour beacon pebble willow compass lantern orchard plum "
			+ "cinnamon tractor velvet quarry whistle saffron jigsaw nimbus";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void accountFormRefusesRepeatedAndCommonPasswords() throws Exception {
		create(TestAccounts.uniqueName("rule"), "someone.else@example.org", "aaaaaaaaaaaa").andExpect(refused(REPEATS));
		create(TestAccounts.uniqueName("rule"), "someone.else@example.org", "password1234").andExpect(refused(COMMON));
	}

	@Test
	void accountFormRefusesPasswordsWithTheUserNameOrTheEmailLocalPart() throws Exception {
		String username = TestAccounts.uniqueName("rule");
		create(username, "someone.else@example.org", "Zebra-" + username + "-Quilt").andExpect(refused(CONTAINS_NAME));
		create(username, "mila.petrovic@example.org", "Zebra-Mila.Petrovic-Quilt").andExpect(refused(CONTAINS_EMAIL));
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
			.isZero();
	}

	@Test
	void accountFormTakesAPassphraseOfUpTo128Characters() throws Exception {
		create(TestAccounts.uniqueName("rule"), "x@example.org", WORDS.substring(0, 129)).andExpect(refused(TOO_LONG));
		create(TestAccounts.uniqueName("rule"), "x@example.org", "violin harbour pebble cinnamon")
			.andExpect(redirectedUrl("/admin/users"));
		String username = TestAccounts.uniqueName("rule");
		create(username, username + "@example.org", WORDS.substring(0, 128)).andExpect(redirectedUrl("/admin/users"));
		TestAccounts.signIn(this.mvc, username, WORDS.substring(0, 128));
	}

	@Test
	void ownPasswordChangeFollowsTheSameRule() throws Exception {
		Account account = account("mila.petrovic." + TestAccounts.uniqueName("x") + "@example.org");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String localPart = account.getEmail().substring(0, account.getEmail().indexOf('@'));

		change(session, "aaaaaaaaaaaa").andExpect(refused(REPEATS));
		change(session, "password1234").andExpect(refused(COMMON));
		change(session, "Zebra-" + account.getUsername() + "-Quilt").andExpect(refused(CONTAINS_NAME));
		change(session, "Zebra-" + localPart + "-Quilt").andExpect(refused(CONTAINS_EMAIL));
		change(session, WORDS.substring(0, 129)).andExpect(refused(TOO_LONG));
		change(session, WORDS.substring(0, 128)).andExpect(redirectedUrl("/account"));

		TestAccounts.signIn(this.mvc, account.getUsername(), WORDS.substring(0, 128));
	}

	@Test
	void ownPasswordChangeTakesALongPassphrase() throws Exception {
		Account account = account(TestAccounts.uniqueName("phrase") + "@example.org");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		change(session, "violin harbour pebble cinnamon").andExpect(redirectedUrl("/account"));

		TestAccounts.signIn(this.mvc, account.getUsername(), "violin harbour pebble cinnamon");
	}

	private Account account(String email) {
		String username = TestAccounts.uniqueName("rule");
		return TestAccounts.asSecretariat(() -> this.administration.create(username, TestAccounts.PASSWORD,
				new AccountData("Test " + username, email, Role.BOARD, null, null)));
	}

	private ResultActions create(String username, String email, String password) throws Exception {
		return this.mvc.perform(post("/admin/users").with(FullSignIn.user("secretariat-tester").roles("SECRETARIAT"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Someone New")
			.param("email", email)
			.param("role", "BOARD")
			.param("organisationId", "")
			.param("partnerCode", "")
			.param("password", password));
	}

	private ResultActions change(MockHttpSession session, String newPassword) throws Exception {
		return this.mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", newPassword));
	}

	private static ResultMatcher refused(String text) {
		return (result) -> {
			status().isUnprocessableContent().match(result);
			content().string(containsString(text)).match(result);
		};
	}

}
