package com.wbiisg.mapping.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers signed in to one account, on a real port: when the password is changed in
 * one, the other is signed out and the one that changed it stays signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnPasswordSessionsIntegrationTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String NEW_PASSWORD = "Tractor-Velvet-Jigsaw-64";

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Test
	void endsTheOtherSessionsAndKeepsThisOne() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "twosessions");
		Browser here = new Browser();
		Browser elsewhere = new Browser();
		assertThat(here.signIn(account.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/");
		assertThat(elsewhere.signIn(account.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/");
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);
		String before = here.sessionId();

		HttpResponse<String> changed = here.post("/account/password", "currentPassword=" + encode(TestAccounts.PASSWORD)
				+ "&newPassword=" + encode(NEW_PASSWORD) + "&_csrf=" + encode(here.csrf("/account")));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(location(changed)).endsWith("/account");
		assertThat(here.sessionId()).isNotEqualTo(before);
		HttpResponse<String> stillHere = here.get("/account");
		assertThat(stillHere.statusCode()).isEqualTo(200);
		assertThat(stillHere.body()).contains("Your password was changed.");
		HttpResponse<String> signedOut = elsewhere.get("/account");
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).contains("/login");
		assertThat(new Browser().signIn(account.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
		assertThat(new Browser().signIn(account.getUsername(), NEW_PASSWORD)).isEqualTo("/");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * A browser of its own: its cookies, no redirect followed.
	 */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		String signIn(String username, String password) throws IOException, InterruptedException {
			HttpResponse<String> answer = post("/login", "username=" + encode(username) + "&password="
					+ encode(password) + "&_csrf=" + encode(csrf("/login")));
			String location = location(answer);
			return location.substring(location.indexOf(String.valueOf(OwnPasswordSessionsIntegrationTests.this.port))
					+ String.valueOf(OwnPasswordSessionsIntegrationTests.this.port).length());
		}

		String csrf(String page) throws IOException, InterruptedException {
			Matcher matcher = CSRF_INPUT.matcher(get(page).body());
			assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
			return matcher.group(1);
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse("");
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + OwnPasswordSessionsIntegrationTests.this.port + path);
		}

	}

}
