package com.wbiisg.mapping.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in with a user name and password, on the form and with HTTP Basic alike,
 * behind the throttle: a pair of user name and client address held back is refused before
 * the password is checked, a wrong password counts against the pair and the address, and
 * a right one clears the pair. The client address is the request's remote address, which
 * is the forwarded one when {@code server.forward-headers-strategy} says so.
 */
@Component
class ThrottledSignIn {

	private static final String UNKNOWN_ADDRESS = "unknown";

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(accounts);
		this.throttle = throttle;
	}

	/**
	 * The sign-in as the filter chains' own authentication managers use it. It is not a
	 * bean of its own, which Spring Security would take for the global manager's provider
	 * (and warn that the accounts' {@code UserDetailsService} then goes unused).
	 */
	AuthenticationProvider asProvider() {
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				return ThrottledSignIn.this.authenticate(authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}
		};
	}

	Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<Instant> blocked = this.throttle.blockedUntil(username, address);
		if (blocked.isPresent()) {
			throw new SignInThrottledException(blocked.get());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
		this.throttle.succeeded(username, address);
		return result;
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return UNKNOWN_ADDRESS;
	}

}
