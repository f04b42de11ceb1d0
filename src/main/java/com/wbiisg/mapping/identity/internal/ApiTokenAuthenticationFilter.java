package com.wbiisg.mapping.identity.internal;

import java.io.IOException;

import com.wbiisg.mapping.identity.TokenScope;
import com.wbiisg.mapping.identity.internal.ApiTokens.Presented;
import com.wbiisg.mapping.shared.ProblemResponse;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry
 * {@code Authorization: Bearer <personal access token>}. An invalid token is refused with
 * 401 rather than treated as anonymous, an expired one with a 401 saying so, and a
 * read-only token's request to change something with 403.
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
		Presented presented = this.tokens.authenticate(header.substring(BEARER.length()).trim());
		Account account = presented.account();
		TokenScope scope = presented.scope();
		if (account == null || scope == null) {
			UserText why = (presented.expiredOn() != null)
					? UserText.of("identity.api.tokenExpired", presented.expiredOn().toString())
					: UserText.of("identity.api.tokenRefused");
			ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					why.in(request.getLocale()));
			return;
		}
		if (!scope.allows(request.getMethod())) {
			ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					UserText.of("identity.api.readOnlyToken", request.getMethod()).in(request.getLocale()));
			return;
		}
		AccountPrincipal principal = new AccountPrincipal(account.toCurrentUser(), "", true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(principal, scope));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

}
