package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.util.Optional;

import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry
 * {@code Authorization: Bearer <personal access token>}. An invalid token is refused with
 * 401 rather than treated as anonymous.
 * <p>
 * The authentication is also kept in the request, as HTTP Basic's is: an answer written
 * on an asynchronous dispatch (a streamed export) is authorised again there, where this
 * filter does not run, and without it that dispatch was denied half-way through the body.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	ApiTokenAuthenticationFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Account> account = this.tokens.authenticate(header.substring(BEARER.length()).trim());
		if (account.isEmpty()) {
			SecurityConfiguration.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					UserText.of("identity.api.tokenRefused").in(request.getLocale()));
			return;
		}
		AccountPrincipal principal = new AccountPrincipal(account.get().toCurrentUser(), "", true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

}
