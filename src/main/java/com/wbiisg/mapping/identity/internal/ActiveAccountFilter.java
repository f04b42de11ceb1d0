package com.wbiisg.mapping.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account was disabled, on whichever node it arrives, and
 * sends the browser to the sign-in page. The node that disables an account also expires
 * its sessions in its session registry; this filter covers the other nodes, which do not
 * share that registry.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final ActiveAccounts accounts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	ActiveAccountFilter(ActiveAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !this.accounts.isActive(principal.currentUser().accountId())) {
			this.logout.logout(request, response, authentication);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
