package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profile spares the demo accounts the second factor
 * ({@code iisg.security.mfa.demo-exempt}, on there by default): the Secretariat's and the
 * Board's demo accounts sign in with their password alone and use HTTP Basic, while an
 * account that is not a demo account is still sent to the second factor. With the setting
 * off the demo accounts enrol like everyone else (SecondFactorBrowserTests). Shares the
 * context of NeedsDemoDataIntegrationTests.
 */
@SpringBootTest(properties = { "iisg.demo.password=" + DemoAccountsSecondFactorIntegrationTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:iisg-needs-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class DemoAccountsSecondFactorIntegrationTests {

	static final String PASSWORD = "Demo-Data-Test-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Test
	void sparesTheDemoAccountsButNotOthersInTheDemoProfile() throws Exception {
		this.mvc.perform(formLogin().user("secretariat").password(PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("board").password(PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic("secretariat", PASSWORD)))
			.andExpect(status().isOk());

		Account real = TestAccounts.create(this.administration, "real.board", Role.BOARD);
		this.mvc.perform(formLogin().user(real.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login/factor"));
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(real.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

}
