package com.wbiisg.mapping.responses;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;

/**
 * Page requests of the responses page tests, as a signed-in account with a CSRF token.
 */
record PageCalls(MockMvc mvc) {

	/**
	 * The page the request answers, parsed, after checking its status.
	 */
	Document page(MockHttpServletRequestBuilder request, UserDetails as, int status) throws Exception {
		MockHttpServletResponse response = perform(request, as);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	int status(MockHttpServletRequestBuilder request, UserDetails as) throws Exception {
		return perform(request, as).getStatus();
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request, UserDetails as) throws Exception {
		return this.mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

}
