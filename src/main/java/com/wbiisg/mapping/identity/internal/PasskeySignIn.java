package com.wbiisg.mapping.identity.internal;

import com.wbiisg.mapping.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Spring Security's WebAuthn support on the pages' chain, with passkeys as a second
 * factor: a passkey signs in ({@code POST /login/webauthn}) only a session already signed
 * in with the password, and only as the same account; the result keeps the password's
 * factor and gains {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY} (Spring Security's
 * merge of the factors of one user, turned on for this filter), under a new session id as
 * at every sign-in, and counts as a recent sign-in ({@link RecentSignIn}). A passkey
 * before the password is refused: without the rule of who needs which factors, it would
 * sign in with one step and pass the password's throttle and policy by.
 */
@Component
class PasskeySignIn {

	private final WebAuthnRelyingPartyOperations party;

	private final UserDetailsService accounts;

	private final PasskeyProperties properties;

	private final RecentSignIn recent;

	private final AuditTrail audit;

	PasskeySignIn(WebAuthnRelyingPartyOperations party, UserDetailsService accounts, PasskeyProperties properties,
			RecentSignIn recent, AuditTrail audit) {
		this.party = party;
		this.accounts = accounts;
		this.properties = properties;
		this.recent = recent;
		this.audit = audit;
	}

	/**
	 * Turns on the WebAuthn endpoints of Spring Security on the pages' chain, without its
	 * generated registration page (My account has the platform's own).
	 */
	void configure(HttpSecurity http) throws Exception {
		http.webAuthn((webAuthn) -> webAuthn.rpName(PasskeyProperties.RP_NAME)
			.rpId(this.properties.rpId())
			.allowedOrigins(this.properties.origins())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(manager());
					filter.setMfaEnabled(true);
					SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
					if (sessions != null) {
						filter.setSessionAuthenticationStrategy(sessions);
					}
					filter.setAuthenticationSuccessHandler(signedIn());
					return filter;
				}
			}));
		http.addFilterAfter(new PasskeyChangeGuard(this.recent, this.audit), ExceptionTranslationFilter.class);
	}

	/**
	 * The passkey's own manager: its sign-ins and refusals are audited by
	 * {@link SecondFactor}, under the name of the account signed in with the password,
	 * which Spring's authentication events would not know.
	 */
	private ProviderManager manager() {
		return new ProviderManager(new SecondFactor());
	}

	/**
	 * Notes the passkey as a recent sign-in, then answers Spring's script with the page
	 * to go to: the one asked for before the sign-in, else the start page.
	 */
	private AuthenticationSuccessHandler signedIn() {
		HttpMessageConverterAuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			this.recent.confirmedByFactor(request.getSession());
			answer.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static boolean hasPassword(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(FactorGrantedAuthority.PASSWORD_AUTHORITY::equals);
	}

	/**
	 * Spring's verification of the passkey, for the account signed in with the password
	 * alone.
	 */
	private final class SecondFactor implements AuthenticationProvider {

		private final WebAuthnAuthenticationProvider webAuthn = new WebAuthnAuthenticationProvider(
				PasskeySignIn.this.party, PasskeySignIn.this.accounts);

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof AccountPrincipal)
					|| !hasPassword(current)) {
				refused("PASSKEY_SIGN_IN_FAILED", null, "A passkey before the password");
				throw new BadCredentialsException("A passkey is a second factor: sign in with the password first");
			}
			Authentication verified;
			try {
				verified = this.webAuthn.authenticate(authentication);
			}
			catch (AuthenticationException ex) {
				refused("PASSKEY_SIGN_IN_FAILED", current.getName(), "Passkey not verified: " + ex.getMessage());
				throw ex;
			}
			if (!current.getName().equals(verified.getName())) {
				refused("PASSKEY_OF_OTHER_ACCOUNT", current.getName(), "Refused the passkey of another account");
				throw new BadCredentialsException("The passkey is of another account");
			}
			AccountPrincipal account = (AccountPrincipal) PasskeySignIn.this.accounts
				.loadUserByUsername(verified.getName());
			PasskeySignIn.this.audit.recordSecurityEvent("PASSKEY_SIGN_IN", account.getUsername(),
					"Signed in with a passkey after the password");
			return new PasskeyAuthentication(account, verified.getAuthorities());
		}

		private void refused(String action, @Nullable String username, String detail) {
			PasskeySignIn.this.audit.recordSecurityEvent(action, username, detail);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
		}

	}

}
