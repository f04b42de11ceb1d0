package com.wbiisg.mapping.identity.internal;

import java.io.Serial;

import com.wbiisg.mapping.identity.TokenScope;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API request signed in with a personal access token, with the token's scope: told
 * apart from a sign-in with a password, which making a token requires.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountPrincipal principal;

	private final TokenScope scope;

	ApiTokenAuthentication(AccountPrincipal principal, TokenScope scope) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.scope = scope;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	public TokenScope getScope() {
		return this.scope;
	}

}
