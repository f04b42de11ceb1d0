package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the user of a page session whose password is not recent ({@link RecentSignIn}) to
 * confirm it before a sensitive page or action: the administration of users, of
 * organisations, partners and working groups, a new access token, a change of one's
 * second factors, and the page that adds a passkey and the removal of one. A page comes
 * back after the confirmation; an action's form is shown again, to be sent once more.
 */
class RecentSignInFilter extends OncePerRequestFilter {

	static final String CONFIRM_PAGE = "/account/confirm";

	private static final RequestMatcher SENSITIVE = new OrRequestMatcher(path(null, "/admin/**"),
			path(null, "/organisations/new"), path(null, "/organisations/{id}/edit"),
			path(HttpMethod.POST, "/organisations/**"), path(null, "/partners/{code}/edit"),
			path(HttpMethod.POST, "/partners/**"), path(null, "/working-groups/new"),
			path(null, "/working-groups/{id}/edit"), path(HttpMethod.POST, "/working-groups/**"),
			path(HttpMethod.POST, "/account/tokens"), path(HttpMethod.POST, "/account/factors/**"),
			path(HttpMethod.GET, PasskeyChangeGuard.ADD_PAGE), path(HttpMethod.POST, "/account/passkeys/**"));

	private final RecentSignIn recent;

	RecentSignInFilter(RecentSignIn recent) {
		this.recent = recent;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SENSITIVE.matches(request) && !this.recent.isRecent(session)) {
			String next = HttpMethod.GET.matches(request.getMethod()) ? pathOf(request) : referringPage(request);
			response.sendRedirect(request.getContextPath() + CONFIRM_PAGE + "?next="
					+ URLEncoder.encode(next, StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String pathOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI().substring(request.getContextPath().length())
				+ ((query != null) ? "?" + query : "");
	}

	private static String referringPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/account";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			boolean here = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			return (here && path != null)
					? RecentSignIn.local(path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""))
					: "/account";
		}
		catch (IllegalArgumentException ex) {
			return "/account";
		}
	}

	private static RequestMatcher path(@Nullable HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
