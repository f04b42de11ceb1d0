package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose sign-in is older than its absolute lifetime, however recently
 * it was used, and sends its user to sign in again. It runs in the pages' filter chain
 * only, after the session's security context is read.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_TOO_LONG = "/login?tooLong";

	private final Clock clock;

	private final SessionProperties properties;

	SessionLifetimeFilter(Clock clock, SessionProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Instant signedInAt = (session != null) ? SignedInSessions.signedInAt(session) : null;
		if (signedInAt != null && this.clock.instant().isAfter(signedInAt.plus(this.properties.absoluteLifetime()))) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + SIGNED_IN_TOO_LONG);
			return;
		}
		chain.doFilter(request, response);
	}

}
