package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.time.Instant;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page session lasts twelve hours from its sign-in however busy it is: after that its
 * next request ends it and asks for a new sign-in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLifetimeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	private UserDetails owner;

	@BeforeAll
	void prepare() {
		NeedFixtures fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.owner = this.users.loadUserByUsername(fixtures.username(Who.OWNER));
	}

	@Test
	void keepsASessionSignedInElevenHoursAgo() throws Exception {
		MockHttpSession session = signedIn(Duration.ofHours(11));
		this.mvc.perform(get("/account").session(session).with(user(this.owner))).andExpect(status().isOk());
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void endsASessionSignedInMoreThanTwelveHoursAgo() throws Exception {
		MockHttpSession session = signedIn(Duration.ofHours(12).plusMinutes(1));
		this.mvc.perform(get("/account").session(session).with(user(this.owner)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?tooLong"));
		assertThat(session.isInvalid()).isTrue();
	}

	private static MockHttpSession signedIn(Duration ago) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SignedInSessions.SIGNED_IN_AT, Instant.now().minus(ago));
		return session;
	}

}
