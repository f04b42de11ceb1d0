package com.wbiisg.mapping.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's rate limit, here 5 requests a minute
 * ({@code iisg.security.api-requests-per-minute}): per account, whether it signs in with
 * a token or with HTTP Basic, and per client address without signing in.
 */
@LowLimitsTest
class RateLimitIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Membership membership;

	@Test
	void answersTheSixthRequestOfAMinuteWith429RetryAfterAndAProblemDetail() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "limited");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
				.andExpect(status().isOk());
		}

		MvcResult refused = this.mvc
			.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("at most 5 a minute")))
			.andReturn();
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);

		Account other = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "limited");
		this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(other.getUsername(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void countsTokenAndPasswordRequestsOfOneAccountTogether() throws Exception {
		Account account = TestAccounts.createWithPasswordAlone(this.administration, this.membership, "limited");
		MockHttpSession session = TestAccounts.signIn(this.mvc, account);
		String page = this.mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "script"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(bearer(get("/api/v1/initiatives"), token.group())).andExpect(status().isOk());
		}
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/initiatives").with(httpBasic(account.getUsername(), TestAccounts.PASSWORD)))
				.andExpect(status().isOk());
		}

		this.mvc.perform(bearer(get("/api/v1/initiatives"), token.group())).andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
	}

	@Test
	void limitsAnonymousRequestsPerClientAddress() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/public/projects").with(from("192.0.2.10"))).andExpect(status().isOk());
		}

		this.mvc.perform(get("/api/v1/public/projects").with(from("192.0.2.10")))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/api/v1/public/projects").with(from("192.0.2.11"))).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
