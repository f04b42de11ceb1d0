package com.wbiisg.mapping.identity.internal;

import java.time.Clock;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.stereotype.Component;

/**
 * What the pages' filter chain does for the limits of a session: notes each sign-in
 * (when, from which browser and address) before going on to the page asked for (or to the
 * second-factor step first, where the account must give one), ends a session older than
 * its absolute lifetime ({@link SessionLifetimeFilter}) and asks for the password again
 * before sensitive pages ({@link RecentSignInFilter}); signing out deletes the session
 * cookie, whatever its name ({@link SessionCookie}).
 */
@Component
class SessionGuards {

	private final SignedInSessions sessions;

	private final RecentSignIn recent;

	private final Clock clock;

	private final SessionProperties properties;

	private final SecondFactorRule secondFactor;

	private final SessionCookie cookie;

	SessionGuards(SignedInSessions sessions, RecentSignIn recent, Clock clock, SessionProperties properties,
			SecondFactorRule secondFactor, SessionCookie cookie) {
		this.cookie = cookie;
		this.sessions = sessions;
		this.recent = recent;
		this.clock = clock;
		this.properties = properties;
		this.secondFactor = secondFactor;
	}

	AuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler toAskedPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toAskedPage.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			this.sessions.signedIn(request);
			if (this.secondFactor.needsSecondFactor(authentication)) {
				// The page asked for stays saved for after the step.
				response.sendRedirect(request.getContextPath() + PageAccess.STEP_PAGE);
				return;
			}
			toAskedPage.onAuthenticationSuccess(request, response, authentication);
		};
	}

	void guard(HttpSecurity http) throws Exception {
		http.addFilterAfter(new SessionLifetimeFilter(this.clock, this.properties), ConcurrentSessionFilter.class)
			.addFilterAfter(new RecentSignInFilter(this.recent), AuthorizationFilter.class)
			.logout((logout) -> logout.deleteCookies(this.cookie.name()));
	}

}
