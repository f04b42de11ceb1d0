package com.wbiisg.mapping.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * {@code @WithMockUser} with the factors of a full sign-in (a password and an
 * authenticator code), as {@link FullSignIn} gives them to MockMvc requests.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithFullSignIn.Factory.class)
public @interface WithFullSignIn {

	String username() default "user";

	String[] roles() default { "USER" };

	/**
	 * Makes the security context of the annotation.
	 */
	final class Factory implements WithSecurityContextFactory<WithFullSignIn> {

		@Override
		public SecurityContext createSecurityContext(WithFullSignIn signIn) {
			UserDetails user = User.withUsername(signIn.username())
				.password("")
				.authorities(AuthorityUtils.createAuthorityList(
						Arrays.stream(signIn.roles()).map((role) -> "ROLE_" + role).toArray(String[]::new)))
				.build();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
					FullSignIn.withFactors(user.getAuthorities())));
			return context;
		}

	}

}
