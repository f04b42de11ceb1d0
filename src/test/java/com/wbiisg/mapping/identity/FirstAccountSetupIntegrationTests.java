package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first set-up runs on a database of its own, so it starts without any account
 * whatever the other test classes create, and its context is closed afterwards.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:iisg-first-setup;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class FirstAccountSetupIntegrationTests {

	private static final String CLOSED = "The set-up link is not valid or has been used.";

	private static final String PASSWORD = "Harbour-Beacon-Pebble-31";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FirstAccountSetup setup;

	@Autowired
	private AccountRepository accounts;

	@Test
	void createsTheFirstSecretariatAccountOnceWithThePrintedToken() throws Exception {
		String token = this.setup.currentToken();
		assertThat(token).as("token printed at start-up").isNotBlank();
		assertThat(this.accounts.count()).isZero();

		this.mvc.perform(get("/setup").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(not(containsString(CLOSED))));

		this.mvc.perform(setupRequest(token, "first.secretariat")).andExpect(redirectedUrl("/login?created="));

		Account first = this.accounts.findByUsernameIgnoreCase("first.secretariat").orElseThrow();
		assertThat(first.getRole()).isEqualTo(Role.SECRETARIAT);
		// The Secretariat goes on from its password to enrol a second factor.
		this.mvc.perform(formLogin().user("first.secretariat").password(PASSWORD))
			.andExpect(redirectedUrl("/login/factor"))
			.andExpect(authenticated().withRoles("SECRETARIAT"));

		this.mvc.perform(setupRequest(token, "second.secretariat"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(CLOSED)));
		this.mvc.perform(get("/setup").param("token", token)).andExpect(content().string(containsString(CLOSED)));
		assertThat(this.accounts.count()).isEqualTo(1);
	}

	@Test
	void showsTheClosedMessageForAWrongToken() throws Exception {
		this.mvc.perform(get("/setup").param("token", "not-the-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CLOSED)))
			.andExpect(content().string(not(containsString("name=\"username\""))));
		this.mvc.perform(get("/setup")).andExpect(content().string(containsString(CLOSED)));

		this.mvc.perform(setupRequest("not-the-token", "intruder"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(CLOSED)));
		assertThat(this.accounts.findByUsernameIgnoreCase("intruder")).isEmpty();
	}

	private static MockHttpServletRequestBuilder setupRequest(String token, String username) {
		return post("/setup").with(csrf())
			.param("token", token)
			.param("username", username)
			.param("displayName", "First Secretariat")
			.param("email", username + "@example.org")
			.param("password", PASSWORD);
	}

}
