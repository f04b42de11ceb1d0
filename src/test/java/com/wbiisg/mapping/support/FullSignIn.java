package com.wbiisg.mapping.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The signed-in user of a MockMvc request as a full sign-in makes it: the role and the
 * factors of a password and an authenticator code, as the platform asks of the
 * Secretariat, the Board and whoever reads restricted needs. It stands in for Spring
 * Security's {@code user(...)} post-processors, which carry the roles alone and would now
 * be sent to the second-factor step; the step itself is tested through real form posts
 * (SecondFactorSignInIntegrationTests).
 */
public final class FullSignIn {

	/**
	 * The authority of a code from an authenticator app
	 * (SecondFactorRule.TOTP_AUTHORITY).
	 */
	public static final String TOTP = "FACTOR_TOTP";

	private FullSignIn() {
	}

	/**
	 * The account's user, signed in with both factors.
	 */
	public static RequestPostProcessor user(UserDetails user) {
		return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken
			.authenticated(user, user.getPassword(), withFactors(user.getAuthorities())));
	}

	/**
	 * A user of that name, signed in with both factors, with the roles given next.
	 */
	public static Named user(String username) {
		return new Named(username, List.of("USER"));
	}

	/**
	 * The authorities with those of a password and an authenticator code added.
	 */
	public static List<GrantedAuthority> withFactors(Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> all = new ArrayList<>(authorities);
		all.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		all.add(FactorGrantedAuthority.fromAuthority(TOTP));
		return all;
	}

	/**
	 * A user by name, as {@code user("x").roles("SECRETARIAT")}.
	 */
	public static final class Named implements RequestPostProcessor {

		private final String username;

		private final List<String> roles;

		private Named(String username, List<String> roles) {
			this.username = username;
			this.roles = roles;
		}

		public Named roles(String... roles) {
			return new Named(this.username, List.of(roles));
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			List<GrantedAuthority> authorities = AuthorityUtils
				.createAuthorityList(this.roles.stream().map((role) -> "ROLE_" + role).toArray(String[]::new));
			UserDetails user = User.withUsername(this.username).password("").authorities(authorities).build();
			return user(user).postProcessRequest(request);
		}

	}

}
