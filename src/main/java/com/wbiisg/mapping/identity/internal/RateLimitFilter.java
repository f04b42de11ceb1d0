package com.wbiisg.mapping.identity.internal;

import java.io.IOException;

import com.wbiisg.mapping.shared.ProblemResponse;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request over its rate limit with 429 and {@code Retry-After} (seconds): a
 * problem detail on the API, the platform's error page for the sign-in form. An API
 * request counts for its account once signed in (token or HTTP Basic), otherwise for its
 * client address; the asynchronous dispatch of a streamed answer does not count again.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RequestRates rates;

	private final boolean api;

	private RateLimitFilter(RequestRates rates, boolean api) {
		this.rates = rates;
		this.api = api;
	}

	/**
	 * The limit of the API, after the authentication of its chain.
	 */
	static RateLimitFilter api(RequestRates rates) {
		return new RateLimitFilter(rates, true);
	}

	/**
	 * The limit of sign-in attempts on the form.
	 */
	static RateLimitFilter signInForm(RequestRates rates) {
		return new RateLimitFilter(rates, false);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.api && !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long wait = this.api ? this.rates.apiRequest(client(request))
				: this.rates.signInAttempt(request.getRemoteAddr());
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
		if (this.api) {
			ProblemResponse.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too Many Requests",
					UserText.of("identity.api.tooManyRequests", this.rates.apiRequestsPerMinute(), wait)
						.in(request.getLocale()));
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	private static String client(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return "account:" + principal.currentUser().accountId();
		}
		return "address:" + request.getRemoteAddr();
	}

}
