package com.wbiisg.mapping.identity.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadSecureRandomTests {

	@Test
	void threadsDrawDifferentBytesFromGeneratorsOfTheirOwn() throws Exception {
		PerThreadSecureRandom random = new PerThreadSecureRandom();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> draws = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				draws.add(threads.submit(() -> {
					byte[] bytes = new byte[16];
					random.nextBytes(bytes);
					return java.util.HexFormat.of().formatHex(bytes);
				}));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<String> draw : draws) {
				distinct.add(draw.get());
			}
			assertThat(distinct).hasSize(64);
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void masksEachPageTokenDifferentlyAndResolvesItBackToTheSessionToken() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadSecureRandom());
		CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-session-token");

		String first = masked(handler, token);
		String second = masked(handler, token);

		assertThat(first).isNotEqualTo(second).isNotEqualTo(token.getToken());
		for (String masked : List.of(first, second)) {
			MockHttpServletRequest post = new MockHttpServletRequest("POST", "/");
			post.setParameter("_csrf", masked);
			assertThat(handler.resolveCsrfTokenValue(post, token)).isEqualTo("the-session-token");
		}
	}

	private static String masked(XorCsrfTokenRequestAttributeHandler handler, CsrfToken token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		handler.handle(request, new MockHttpServletResponse(), () -> token);
		return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
