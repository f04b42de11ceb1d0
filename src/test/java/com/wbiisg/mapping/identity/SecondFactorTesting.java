package com.wbiisg.mapping.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.identity.internal.Base32;
import com.wbiisg.mapping.identity.internal.TotpCodes;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The second-factor step of a test's sign-in, through the real pages: an account without
 * a factor enrols an authenticator app (the key read from the page, its code computed
 * here), and keeps the recovery codes it is shown; a later sign-in of the account gives
 * one of them, as each works once and an app's code once per 30 seconds.
 */
public final class SecondFactorTesting {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	private static final Pattern CODE = Pattern.compile("<li>([a-z2-7]{6}-[a-z2-7]{6})</li>");

	private static final Map<String, Deque<String>> RECOVERY_CODES = new ConcurrentHashMap<>();

	private static volatile Clock clock = Clock.systemUTC();

	private SecondFactorTesting() {
	}

	/**
	 * The application's clock, where a test moves it: the codes are computed on it.
	 */
	public static void useClock(Clock applicationClock) {
		clock = applicationClock;
	}

	/**
	 * Gives the second factor of the session just signed in with a password, enrolling
	 * one first where the account has none; answers where the browser is sent then.
	 */
	public static String complete(MockMvc mvc, MockHttpSession session, String username) throws Exception {
		MvcResult step = mvc.perform(get("/login/factor").session(session)).andReturn();
		if ("/account/factors?enrol".equals(step.getResponse().getRedirectedUrl())) {
			enrol(mvc, session, username);
			return mvc.perform(get("/login/factor").session(session)).andReturn().getResponse().getRedirectedUrl();
		}
		Deque<String> codes = RECOVERY_CODES.get(username);
		assertThat(codes).as("recovery codes kept for " + username).isNotEmpty();
		return mvc
			.perform(post("/login/factor").session(session)
				.param("kind", "recovery")
				.param("code", codes.pop())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/**
	 * Enrols an authenticator app on the account of the session; answers its key.
	 */
	public static byte[] enrol(MockMvc mvc, MockHttpSession session, String username) throws Exception {
		String page = mvc.perform(get("/account/factors").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the key shown for the authenticator app").isTrue();
		byte[] key = Base32.decode(secret.group(1));
		String enrolled = mvc
			.perform(post("/account/factors/totp").session(session).param("code", codeNow(key, clock)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		keep(username, enrolled);
		return key;
	}

	/**
	 * Gives the second factor on a real connection just signed in with a password, as
	 * {@link #complete(MockMvc, MockHttpSession, String)} does through MockMvc.
	 */
	public static HttpConnection complete(HttpConnection connection, String username) throws IOException {
		Answer step = connection.get("/login/factor");
		if (step.status() == 302 && step.header("Location").orElse("").contains("/account/factors")) {
			Answer page = connection.get("/account/factors").expectStatus(200);
			Matcher secret = SECRET.matcher(page.text());
			assertThat(secret.find()).as("the key shown for the authenticator app").isTrue();
			String code = codeNow(Base32.decode(secret.group(1)), clock);
			Answer enrolled = connection
				.postForm("/account/factors/totp", "code=" + code + "&_csrf=" + encode(page.csrf()))
				.expectStatus(200);
			keep(username, enrolled.text());
			return connection.keepSession(enrolled);
		}
		step.expectStatus(200);
		Deque<String> codes = RECOVERY_CODES.get(username);
		assertThat(codes).as("recovery codes kept for " + username).isNotEmpty();
		Answer given = connection
			.postForm("/login/factor", "kind=recovery&code=" + codes.pop() + "&_csrf=" + encode(step.csrf()))
			.expectStatus(302);
		return connection.keepSession(given);
	}

	private static void keep(String username, String page) {
		Deque<String> codes = new ArrayDeque<>();
		Matcher code = CODE.matcher(page);
		while (code.find()) {
			codes.add(code.group(1));
		}
		assertThat(codes).as("the recovery codes shown at enrolment").hasSize(10);
		RECOVERY_CODES.put(username, codes);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	public static String codeNow(byte[] key, Clock clock) {
		return TotpCodes.code(key, TotpCodes.step(clock.instant()));
	}

}
