package com.wbiisg.mapping.notifications;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.TestAccounts;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.identity.internal.OwnPasswordChange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a mail server (the demo), messages are kept in the outbox, shown to the
 * Secretariat and to their recipients, and never dropped.
 */
@IntegrationTest
class MailKeptWithoutServerIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private OwnPasswordChange passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void keepsTheMessagesAndShowsThemWhenNoMailServerIsSet() throws Exception {
		Account account = TestAccounts.create(this.administration, "mailkept", Role.OBSERVER);

		this.passwords.change(account.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);

		assertThat(this.jdbc.queryForObject("select state from mail_message where account_id = ?", String.class,
				account.getId()))
			.isEqualTo("PENDING");
		this.mvc.perform(get("/admin/mail").with(user("sec").roles("SECRETARIAT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-sending\"")))
			.andExpect(content().string(containsString(account.getUsername() + "@test.invalid")));
		this.mvc
			.perform(get("/notifications")
				.session(TestAccounts.signIn(this.mvc, account.getUsername(), "Saffron-Quarry-Nimbus-58")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password was changed")))
			.andExpect(content().string(containsString("Not sent by mail yet")));
	}

}
