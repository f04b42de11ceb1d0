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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The limits of a page session: it lasts twelve hours from its sign-in however busy it
 * is, after which its next request ends it and asks for a new sign-in; and before the
 * administration of users and members and a new access token, a user who has not given
 * their password for ten minutes confirms it, then goes back where they were.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLimitsIntegrationTests {

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

	private UserDetails secretariat;

	private UserDetails owner;

	@BeforeAll
	void prepare() {
		NeedFixtures fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.secretariat = this.users.loadUserByUsername(fixtures.username(Who.SECRETARIAT));
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

	@Test
	void opensTheAdministrationOfUsersToASignInOfNineMinutesAgo() throws Exception {
		this.mvc.perform(get("/admin/users").session(signedIn(Duration.ofMinutes(9))).with(user(this.secretariat)))
			.andExpect(status().isOk());
	}

	@Test
	void asksForThePasswordAgainAfterTenMinutesThenGoesBackToThePage() throws Exception {
		MockHttpSession session = signedIn(Duration.ofMinutes(11));
		this.mvc.perform(get("/admin/users").queryParam("q", "x").session(session).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/account/confirm?next=%2Fadmin%2Fusers%3Fq%3Dx"));
		this.mvc
			.perform(get("/account/confirm").queryParam("next", "/admin/users?q=x")
				.session(session)
				.with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"/admin/users?q=x\"")));
		this.mvc
			.perform(post("/account/confirm").param("password", "not the password")
				.param("next", "/admin/users?q=x")
				.session(session)
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The password is wrong.")));
		this.mvc
			.perform(post("/account/confirm").param("password", NeedFixtures.PASSWORD)
				.param("next", "/admin/users?q=x")
				.session(session)
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users?q=x"));
		this.mvc.perform(get("/admin/users").session(session).with(user(this.secretariat))).andExpect(status().isOk());
	}

	@Test
	void sendsANewTokensFormBackToThePageItCameFromToBeSentAgain() throws Exception {
		this.mvc
			.perform(post("/account/tokens").param("name", "after a long while")
				.header("Referer", "http://localhost/account")
				.session(signedIn(Duration.ofHours(1)))
				.with(user(this.owner))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount"));
	}

	@Test
	void goesBackOnlyToAnAddressOfThePlatform() throws Exception {
		MockHttpSession session = signedIn(Duration.ofHours(1));
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example" }) {
			this.mvc
				.perform(post("/account/confirm").param("password", NeedFixtures.PASSWORD)
					.param("next", elsewhere)
					.session(session)
					.with(user(this.owner))
					.with(csrf()))
				.andExpect(redirectedUrl("/account"));
		}
	}

	@Test
	void signsTheSessionOutAfterFiveWrongPasswords() throws Exception {
		MockHttpSession session = signedIn(Duration.ofHours(1));
		for (int i = 1; i < RecentSignIn.MOST_FAILURES; i++) {
			this.mvc
				.perform(post("/account/confirm").param("password", "wrong " + i)
					.session(session)
					.with(user(this.owner))
					.with(csrf()))
				.andExpect(status().isUnprocessableContent());
		}
		this.mvc
			.perform(post("/account/confirm").param("password", "wrong")
				.session(session)
				.with(user(this.owner))
				.with(csrf()))
			.andExpect(redirectedUrl("/login?tooManyTries"));
		assertThat(session.isInvalid()).isTrue();
	}

	private static MockHttpSession signedIn(Duration ago) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SignedInSessions.SIGNED_IN_AT, Instant.now().minus(ago));
		return session;
	}

}
