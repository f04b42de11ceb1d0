package com.wbiisg.mapping.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform served over HTTPS (its public address says so) names its session cookie
 * {@code __Host-IISG_SESSION} and marks it {@code Secure}, {@code HttpOnly} and
 * {@code SameSite=Lax}, for the path {@code /} and no domain; signing out deletes it.
 * Measured on a real port, where the servlet container writes the cookie, behind a
 * reverse proxy that says the request came over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.public-url=https://mapping.iisg.test", "server.forward-headers-strategy=framework" })
@ActiveProfiles("test")
class SessionCookieIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void namesTheSessionCookieWithTheHostPrefixAndMarksItSecureBehindHttps() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET(), null);

		String cookie = sessionCookie(login);
		assertThat(cookie).startsWith("__Host-IISG_SESSION=")
			.contains("; Path=/")
			.contains("; Secure")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void signsInWithTheCookieAndDeletesItWhenSigningOut() throws Exception {
		Account account = TestAccounts.create(this.administration, "cookie", Role.OBSERVER);
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		String session = sessionCookie(login).split(";")[0];

		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", account.getUsername(), "password", TestAccounts.PASSWORD, "_csrf", csrf(login))),
				session);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("https://localhost/");
		session = sessionCookie(signedIn).split(";")[0];
		HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/account")).GET(), session);
		assertThat(home.statusCode()).isEqualTo(200);

		HttpResponse<String> out = send(HttpRequest.newBuilder(uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("_csrf", csrf(home))), session);

		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
		assertThat(sessionCookie(out)).startsWith("__Host-IISG_SESSION=;")
			.contains("Expires=Thu, 01 Jan 1970")
			.contains("; Path=/")
			.contains("; Secure");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String cookie)
			throws IOException, InterruptedException {
		// as the reverse proxy that ends HTTPS in front of the platform says
		request.header("X-Forwarded-Proto", "https");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("__Host-IISG_SESSION=") || cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF field").isTrue();
		return matcher.group(1);
	}

	private static HttpRequest.BodyPublisher form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
