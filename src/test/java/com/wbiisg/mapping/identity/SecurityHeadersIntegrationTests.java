package com.wbiisg.mapping.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every answer carries the security headers (ASVS 5.0 §3.4): pages, API answers, error
 * pages and the sign-in page; HSTS only over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Test
	void theSignInPageCarriesThePageHeaders() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/login")).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertPageHeaders(headersOf(page));
	}

	@Test
	void aSignedInPageCarriesThePageHeadersAndHstsOnlyOverHttps() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "headers");

		MockHttpServletResponse plain = this.mvc
			.perform(get("/account").session(TestAccounts.signIn(this.mvc, account)))
			.andReturn()
			.getResponse();
		MockHttpServletResponse secure = this.mvc.perform(get("/login").secure(true)).andReturn().getResponse();

		assertThat(plain.getStatus()).isEqualTo(200);
		assertPageHeaders(headersOf(plain));
		assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
		assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void anApiAnswerIsNeitherFramedNorStored() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "headers");

		MockHttpServletResponse answer = this.mvc
			.perform(get("/api/v1/frameworks").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(200);
		assertApiHeaders(headersOf(answer));
	}

	@Test
	void errorPagesAndErrorAnswersCarryTheHeadersOnARealConnection() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "headers");
		try (HttpConnection pages = HttpConnection.open(this.port).signIn(account.getUsername(), TestAccounts.PASSWORD);
				HttpConnection api = HttpConnection.open(this.port).basic(account.getUsername(), TestAccounts.PASSWORD);
				HttpConnection anonymous = HttpConnection.open(this.port)) {
			Answer missingPage = pages.get("/no-such-page");
			Answer missingRecord = api.get("/api/v1/needs/999999999");
			Answer unauthenticated = anonymous.get("/api/v1/frameworks");

			assertThat(missingPage.status()).isEqualTo(404);
			assertPageHeaders(headersOf(missingPage));
			assertThat(missingRecord.status()).isEqualTo(404);
			assertApiHeaders(headersOf(missingRecord));
			assertThat(unauthenticated.status()).isEqualTo(401);
			assertApiHeaders(headersOf(unauthenticated));
		}
	}

	private static void assertPageHeaders(Map<String, String> headers) {
		assertThat(headers.get("content-security-policy")).contains("default-src 'self'", "script-src 'self'",
				"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'");
		assertThat(scriptSources(headers.get("content-security-policy"))).doesNotContain("unsafe-inline",
				"unsafe-eval");
		assertCommonHeaders(headers);
	}

	private static void assertApiHeaders(Map<String, String> headers) {
		assertThat(headers.get("content-security-policy")).contains("default-src 'none'", "frame-ancestors 'none'");
		assertThat(headers.get("cache-control")).contains("no-store");
		assertCommonHeaders(headers);
	}

	private static void assertCommonHeaders(Map<String, String> headers) {
		assertThat(headers).containsEntry("x-content-type-options", "nosniff")
			.containsEntry("referrer-policy", "strict-origin-when-cross-origin")
			.containsEntry("cross-origin-opener-policy", "same-origin")
			.containsEntry("x-frame-options", "DENY");
		assertThat(headers.get("permissions-policy")).contains("camera=()", "microphone=()", "geolocation=()",
				"payment=()", "usb=()");
	}

	/**
	 * The sources of scripts: those of {@code script-src}, else of {@code default-src}.
	 */
	private static String scriptSources(String policy) {
		for (String directive : policy.split(";")) {
			if (directive.strip().startsWith("script-src")) {
				return directive;
			}
		}
		return policy;
	}

	private static Map<String, String> headersOf(MockHttpServletResponse response) {
		Map<String, String> headers = new HashMap<>();
		response.getHeaderNames()
			.forEach((name) -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeader(name)));
		return headers;
	}

	private static Map<String, String> headersOf(Answer answer) {
		Map<String, String> headers = new HashMap<>();
		answer.headers().forEach((header) -> headers.put(header[0].toLowerCase(Locale.ROOT), header[1]));
		return headers;
	}

}
