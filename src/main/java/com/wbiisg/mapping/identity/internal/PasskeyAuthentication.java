package com.wbiisg.mapping.identity.internal;

import java.io.Serial;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.Assert;

/**
 * A sign-in with a passkey, whose principal is the account as after a password, where
 * Spring Security's own {@code WebAuthnAuthentication} holds the WebAuthn user entity:
 * the platform knows its users, their sessions and their roles by
 * {@link AccountPrincipal}. It declares {@link #toBuilder()} so that Spring Security
 * merges it with the password's sign-in of the same user, factors and all.
 */
final class PasskeyAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountPrincipal principal;

	PasskeyAuthentication(AccountPrincipal principal, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.principal = principal;
		super.setAuthenticated(true);
	}

	private PasskeyAuthentication(Builder builder) {
		super(builder);
		this.principal = builder.principal;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return this.principal;
	}

	@Override
	public String getName() {
		return this.principal.getUsername();
	}

	@Override
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * A copy with other authorities or details, as Spring Security's merge of factors
	 * makes it.
	 */
	static final class Builder extends AbstractAuthenticationBuilder<Builder> {

		private AccountPrincipal principal;

		private Builder(PasskeyAuthentication token) {
			super(token);
			this.principal = token.principal;
		}

		@Override
		public Builder principal(@Nullable Object principal) {
			Assert.isInstanceOf(AccountPrincipal.class, principal, "principal must be an AccountPrincipal");
			this.principal = (AccountPrincipal) principal;
			return this;
		}

		@Override
		public PasskeyAuthentication build() {
			return new PasskeyAuthentication(this);
		}

	}

}
