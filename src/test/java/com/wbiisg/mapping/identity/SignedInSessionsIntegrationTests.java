package com.wbiisg.mapping.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's signed-in sessions on a real port, each its own connection and cookie: listed
 * with their browser and address, one signed out from another, every one signed out at
 * once; and the limits of a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedInSessionsIntegrationTests {

	private static final Pattern SESSION_ROW = Pattern.compile("<tr id=\"session-([A-Za-z0-9_-]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

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

	@Autowired
	Environment environment;

	private NeedFixtures fixtures;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
	}

	@Test
	void listsEachSignedInSessionWithItsBrowserAndAddressAndMarksThisOne() throws IOException {
		String user = this.fixtures.username(Who.OWNER);
		try (HttpConnection laptop = signIn(user, "Laptop browser 1.0");
				HttpConnection phone = signIn(user, "Phone browser 2.0")) {
			Answer page = laptop.get("/account/sessions").expectStatus(200);
			assertThat(page.text()).contains("Laptop browser 1.0")
				.contains("Phone browser 2.0")
				.contains("127.0.0.1")
				.containsOnlyOnce("this session");
			assertThat(rows(page)).isEqualTo(2);
			// the row of this session is the laptop's, and it has no sign-out button
			String laptopRow = row(page.text(), "Laptop browser 1.0");
			assertThat(laptopRow).contains("this session").doesNotContain("/sign-out");
			assertThat(row(page.text(), "Phone browser 2.0")).contains("/sign-out");
			// no session id appears on the page
			assertThat(page.text()).doesNotContainIgnoringCase("jsessionid");
			phone.get("/account").expectStatus(200);
		}
	}

	@Test
	void signingOutAnotherSessionSendsItToSignInAndKeepsThisOne() throws IOException {
		String user = this.fixtures.username(Who.GROUP_MEMBER);
		try (HttpConnection laptop = signIn(user, "Laptop browser");
				HttpConnection phone = signIn(user, "Phone browser")) {
			Answer page = laptop.get("/account/sessions").expectStatus(200);
			String handle = handleIn(row(page.text(), "Phone browser"));
			Answer ended = laptop.postForm("/account/sessions/" + handle + "/sign-out", "_csrf=" + csrf(page))
				.expectStatus(302);
			assertThat(ended.header("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/account/sessions"));

			Answer refused = phone.get("/account");
			assertThat(refused.status()).isEqualTo(302);
			assertThat(refused.header("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("/login?expired"));
			Answer after = laptop.get("/account/sessions").expectStatus(200);
			assertThat(rows(after)).isEqualTo(1);
			assertThat(after.text()).contains("The session was signed out.");
		}
	}

	@Test
	void aUserCannotSignOutAnotherUsersSession() throws IOException {
		try (HttpConnection owner = signIn(this.fixtures.username(Who.PILLAR_LEAD), "Owner browser");
				HttpConnection other = signIn(this.fixtures.username(Who.BOARD), "Other browser")) {
			String handle = handleIn(row(owner.get("/account/sessions").expectStatus(200).text(), "Owner browser"));
			Answer page = other.get("/account/sessions").expectStatus(200);
			other.postForm("/account/sessions/" + handle + "/sign-out", "_csrf=" + csrf(page)).expectStatus(302);
			assertThat(other.get("/account/sessions").expectStatus(200).text())
				.contains("That session had already ended.");
			owner.get("/account").expectStatus(200);
		}
	}

	@Test
	void signingOutEverywhereEndsEverySessionThisOneIncluded() throws IOException {
		String user = this.fixtures.username(Who.SECRETARIAT);
		try (HttpConnection laptop = signIn(user, "Laptop browser");
				HttpConnection phone = signIn(user, "Phone browser")) {
			Answer page = laptop.get("/account/sessions").expectStatus(200);
			Answer out = laptop.postForm("/account/sessions/sign-out-everywhere", "_csrf=" + csrf(page))
				.expectStatus(302);
			assertThat(out.header("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?signedOutEverywhere"));
			assertThat(laptop.get("/account").status()).isEqualTo(302);
			assertThat(phone.get("/account").header("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("/login"));
			// and each can sign in again
			try (HttpConnection again = signIn(user, "Laptop browser")) {
				again.get("/account").expectStatus(200);
			}
		}
	}

	@Test
	void aSessionEndsAfterThirtyMinutesIdleAndTwelveHoursInAll() {
		assertThat(this.environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(this.environment.getProperty("iisg.security.session.absolute-lifetime", Duration.class))
			.isEqualTo(Duration.ofHours(12));
	}

	private HttpConnection signIn(String user, String browser) throws IOException {
		return SecondFactorTesting.complete(
				HttpConnection.open(this.port).header("User-Agent", browser).signIn(user, NeedFixtures.PASSWORD), user);
	}

	private static int rows(Answer page) {
		Matcher rows = SESSION_ROW.matcher(page.text());
		int count = 0;
		while (rows.find()) {
			count++;
		}
		return count;
	}

	private static String row(String page, String browser) {
		int at = page.indexOf(browser);
		assertThat(at).as("a row for " + browser).isNotNegative();
		int start = page.lastIndexOf("<tr", at);
		return page.substring(start, page.indexOf("</tr>", at));
	}

	private static String handleIn(String row) {
		Matcher id = SESSION_ROW.matcher(row);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static String csrf(Answer page) {
		Matcher meta = META_CSRF.matcher(page.text());
		return URLEncoder.encode(meta.find() ? meta.group(1) : page.csrf(), StandardCharsets.UTF_8);
	}

}
