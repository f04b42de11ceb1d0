package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password hashed at a lower strength than today's setting is hashed again at the next
 * right sign-in, and still signs in afterwards.
 */
@IntegrationTest
@TestPropertySource(properties = "iisg.security.password.bcrypt-strength=5")
class PasswordRehashIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void hashesAWeakerStoredPasswordAgainAtTheNextSignIn() throws Exception {
		Account account = TestAccounts.create(this.administration, "rehash", Role.BOARD);
		String weaker = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);
		this.jdbc.update("update account set password_hash = ? where id = ?", weaker, account.getId());

		TestAccounts.signIn(this.mvc, account);

		String stored = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				account.getId());
		assertThat(stored).startsWith("{bcrypt}$2a$05$");
		TestAccounts.signIn(this.mvc, account);
	}

	@Test
	void leavesAWeakerHashAloneWhenTheSignInFails() throws Exception {
		Account account = TestAccounts.create(this.administration, "rehash", Role.BOARD);
		String weaker = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);
		this.jdbc.update("update account set password_hash = ? where id = ?", weaker, account.getId());

		this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(account.getUsername())
				.password("Wrong-Password-Entirely-1"));

		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				account.getId()))
			.isEqualTo(weaker);
	}

}
