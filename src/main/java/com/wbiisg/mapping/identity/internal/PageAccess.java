package com.wbiisg.mapping.identity.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.CALENDAR_PAGES;
import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.EVERY_ACCOUNT_PAGES;
import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.MEETING_PAGE;
import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.MEMBERS;
import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.PUBLIC_PAGES;
import static com.wbiisg.mapping.identity.internal.SecurityConfiguration.REPORT_PAGES;

/**
 * Who may open which page, and the second factor on top: every rule but the public pages
 * is made by an authorization manager factory whose additional authorization is
 * {@link SecondFactorRule} (Spring Security's multi-factor authentication), so that an
 * account that must give a second factor reaches nothing with its password alone. The
 * exceptions are the second-factor steps themselves (a code, a passkey) and the enrolment
 * pages (an authenticator app, a passkey), which a password alone opens while the account
 * has no factor to give. A missing factor sends the browser to the step
 * ({@value #STEP_PAGE}), which goes on to the page asked for.
 */
final class PageAccess {

	static final String STEP_PAGE = "/login/factor";

	/**
	 * Where an account without a factor enrols one, and the password confirmation that
	 * enrolling may ask for.
	 */
	static final String[] ENROLMENT_PAGES = { "/account/factors", "/account/factors/**", "/account/passkeys",
			"/account/passkeys/**", "/webauthn/register", "/webauthn/register/**", "/account/confirm" };

	/**
	 * The passkey's step after the password, which a password alone opens like
	 * {@value #STEP_PAGE}.
	 */
	static final String PASSKEY_STEP_PAGE = "/login/passkey";

	private PageAccess() {
	}

	static Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules(
			SecondFactorRule secondFactor) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> withFactors = new DefaultAuthorizationManagerFactory<>();
		withFactors.setAdditionalAuthorization(secondFactor);
		// The admin pages are also guarded on their controllers; the rule here keeps any
		// future page under /admin/ closed to other roles by default.
		return (auth) -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(STEP_PAGE, PASSKEY_STEP_PAGE)
			.access(AuthenticatedAuthorizationManager.authenticated())
			// every removal of a passkey goes through My account's rules, not Spring
			// Security's own endpoint
			.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
			.denyAll()
			.requestMatchers(ENROLMENT_PAGES)
			.access(secondFactor.enrolment())
			.requestMatchers("/admin/**")
			.access(withFactors.hasRole("SECRETARIAT"))
			.requestMatchers(EVERY_ACCOUNT_PAGES)
			.access(withFactors.authenticated())
			.requestMatchers(HttpMethod.GET, REPORT_PAGES)
			.access(withFactors.authenticated())
			.requestMatchers(CALENDAR_PAGES)
			.access(withFactors.authenticated())
			.requestMatchers(HttpMethod.GET, MEETING_PAGE)
			.access(withFactors.authenticated())
			.anyRequest()
			.access(withFactors.hasAnyRole(MEMBERS));
	}

	/**
	 * A missing password goes to the sign-in page, a missing second factor to the step.
	 */
	static void secondFactorStep(ExceptionHandlingConfigurer<HttpSecurity> exceptions) {
		LoginUrlAuthenticationEntryPoint step = new LoginUrlAuthenticationEntryPoint(STEP_PAGE);
		exceptions
			.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint("/login"),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.defaultDeniedHandlerForMissingAuthority(step, SecondFactorRule.TOTP_AUTHORITY)
			.defaultDeniedHandlerForMissingAuthority(step, SecondFactorRule.RECOVERY_CODE_AUTHORITY);
	}

}
