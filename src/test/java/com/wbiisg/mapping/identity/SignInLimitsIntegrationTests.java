package com.wbiisg.mapping.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits as a client behind a proxy meets them on a real connection: the client
 * address is the one the proxy forwards ({@code server.forward-headers-strategy}).
 */
@LowLimitsTest
class SignInLimitsIntegrationTests {

	private static final String WRONG_PASSWORD = "Not-The-Right-One-99";

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Test
	void anAttackerAtOneAddressDoesNotLockTheSecretariatOutAtAnother() throws IOException {
		Account secretariat = TestAccounts.create(this.administration, "lockout", Role.SECRETARIAT);
		String attacker = address();
		String owner = address();
		try (HttpConnection connection = behind(attacker)) {
			String csrf = signInPage(connection);
			for (int i = 0; i < 5; i++) {
				assertThat(signIn(connection, csrf, secretariat.getUsername(), WRONG_PASSWORD))
					.isEqualTo("/login?error");
			}
			assertThat(signIn(connection, csrf, secretariat.getUsername(), TestAccounts.PASSWORD))
				.isEqualTo("/login?throttled");
		}
		try (HttpConnection connection = behind(attacker).basic(secretariat.getUsername(), TestAccounts.PASSWORD)) {
			Answer refused = connection.get("/api/v1/initiatives").expectStatus(429);
			assertThat(refused.header("Retry-After")).isPresent();
		}

		// From the owner's address the password is taken: the Secretariat goes on to its
		// second factor, and HTTP Basic is refused for the second factor, not held back.
		try (HttpConnection connection = behind(owner)) {
			String csrf = signInPage(connection);
			assertThat(signIn(connection, csrf, secretariat.getUsername(), TestAccounts.PASSWORD))
				.isEqualTo("/login/factor");
		}
		try (HttpConnection connection = behind(owner).basic(secretariat.getUsername(), TestAccounts.PASSWORD)) {
			Answer refused = connection.get("/api/v1/initiatives").expectStatus(401);
			assertThat(refused.header("Retry-After")).isEmpty();
			assertThat(refused.text()).contains("personal access token");
		}
	}

	@Test
	void holdsBackAnAddressThatTriesManyUserNames() throws IOException {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "stuffed");
		String stuffer = address();
		try (HttpConnection connection = behind(stuffer)) {
			String csrf = signInPage(connection);
			for (int i = 0; i < 8; i++) {
				assertThat(signIn(connection, csrf, TestAccounts.uniqueName("guess"), WRONG_PASSWORD))
					.isEqualTo("/login?error");
			}
			assertThat(signIn(connection, csrf, account.getUsername(), TestAccounts.PASSWORD))
				.isEqualTo("/login?throttled");
		}

		try (HttpConnection connection = behind(address()).signIn(account.getUsername(), TestAccounts.PASSWORD)) {
			connection.get("/account").expectStatus(200);
		}
	}

	@Test
	void answersTheEleventhSignInOfAMinuteWith429AndThePlatformsPage() throws IOException {
		String address = address();
		try (HttpConnection connection = behind(address)) {
			String csrf = signInPage(connection);
			for (int i = 0; i < 10; i++) {
				assertThat(signIn(connection, csrf, TestAccounts.uniqueName("burst"), WRONG_PASSWORD))
					.startsWith("/login?");
			}
			Answer refused = connection
				.send("POST", "/login",
						Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
						("username=burst&password=x&_csrf=" + encode(csrf)).getBytes(StandardCharsets.UTF_8))
				.expectStatus(429);
			assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
			assertThat(refused.text()).contains("Too many attempts").contains("</html>");
		}
		try (HttpConnection connection = behind(address())) {
			connection.get("/login").expectStatus(200);
		}
	}

	private HttpConnection behind(String address) throws IOException {
		return HttpConnection.open(this.port).header("X-Forwarded-For", address);
	}

	/**
	 * Opens the sign-in page, keeps its session and answers its CSRF token.
	 */
	private static String signInPage(HttpConnection connection) throws IOException {
		Answer page = connection.get("/login").expectStatus(200);
		connection.header("Cookie", "JSESSIONID=" + page.cookie().orElseThrow());
		return page.csrf();
	}

	/**
	 * Posts the sign-in form and answers where it sends the browser.
	 */
	private static String signIn(HttpConnection connection, String csrf, String username, String password)
			throws IOException {
		Answer answer = connection.postForm("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
		assertThat(answer.status()).isEqualTo(302);
		String location = answer.header("Location").orElseThrow();
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * An address of its own for each test, as the database is shared.
	 */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
