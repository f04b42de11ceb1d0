package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.shared.ProblemResponse;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains: the JSON API (HTTP Basic or a personal access token, no session, no
 * CSRF, problem details for 401 and 403) and the pages (form sign-in, a passkey as second
 * factor, CSRF, session renewed at sign-in).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Addresses open to everyone. {@code /calendar.ics} is among them because it
	 * authenticates by the secret token in its address alone, checked by its controller
	 * (calendar programs send no session or password); a missing or bad token gets 401.
	 */
	static final String[] PUBLIC_PAGES = { "/login", "/setup", "/public/**", "/webjars/**", "/css/**", "/js/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/error", "/v3/api-docs", "/v3/api-docs.yaml",
			"/v3/api-docs/**", "/calendar.ics", "/.well-known/security.txt" };

	/**
	 * Pages for every signed-in account, observers included: the start page, their own
	 * account and what the platform wrote to them.
	 */
	static final String[] EVERY_ACCOUNT_PAGES = { "/", "/account", "/account/**", "/notifications" };

	/**
	 * Pages observers read as well: the reports, of which they see only the published
	 * ones (the reporting module's rule).
	 */
	static final String[] REPORT_PAGES = { "/reports", "/reports/*" };

	/**
	 * The meetings calendar, which observers read too (DESIGN.md §2), and the page of one
	 * meeting (read only). The meetings controllers decide what each role sees there
	 * (observers: unrestricted meetings without minutes) and keep every change to the
	 * Secretariat or to the owners of action items.
	 */
	static final String[] CALENDAR_PAGES = { "/calendar", "/calendar/**" };

	static final String MEETING_PAGE = "/meetings/{id}";

	/**
	 * The roles that read members-only data (DESIGN.md §2); observers see only published
	 * reports and the meetings calendar.
	 */
	static final String[] MEMBERS = { Role.SECRETARIAT.name(), Role.BOARD.name(), Role.BENEFICIARY_FOCAL_POINT.name(),
			Role.PARTNER_FOCAL_POINT.name() };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokens, ThrottledSignIn signIn,
			ApplicationEventPublisher events, Clock clock, RequestRates rates, SecondFactorRule secondFactor)
			throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				tooManyAttempts(response, throttled, clock, request.getLocale());
				return;
			}
			if (ex instanceof SecondFactorRequiredException) {
				ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
						UserText.of("identity.api.secondFactorRequired").in(request.getLocale()));
				return;
			}
			ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					UserText.of("web.api.unauthorized").in(request.getLocale()));
		};
		AccessDeniedHandler denied = (request, response, ex) -> ProblemResponse.write(response,
				HttpServletResponse.SC_FORBIDDEN, "Forbidden", UserText.of("web.api.denied").in(request.getLocale()));
		http.securityMatcher("/api/**")
			.authenticationManager(signInManager(passwordOnlyWithoutSecondFactor(signIn, secondFactor), events))
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers("/api/v1/public/**").permitAll().anyRequest().hasAnyRole(MEMBERS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.addFilterAfter(RateLimitFilter.api(rates), BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.headers(SecurityHeaders.api());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, SessionRegistry sessionRegistry, ThrottledSignIn signIn,
			ApplicationEventPublisher events, ActiveAccounts activeAccounts, RequestRates rates, SessionGuards sessions,
			PasskeySignIn passkeys, SecondFactorRule secondFactor) throws Exception {
		LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> failures = new LinkedHashMap<>();
		failures.put(SignInThrottledException.class, new SimpleUrlAuthenticationFailureHandler("/login?throttled"));
		http.authenticationManager(signInManager(signIn.asProvider(), events))
			.addFilterAfter(new ActiveAccountFilter(activeAccounts), ConcurrentSessionFilter.class)
			.addFilterBefore(RateLimitFilter.signInForm(rates), UsernamePasswordAuthenticationFilter.class);
		sessions.guard(http);
		passkeys.configure(http);
		http.authorizeHttpRequests(PageAccess.rules(secondFactor))
			.exceptionHandling(PageAccess::secondFactorStep)
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(sessions.signedIn())
				.failureHandler(new DelegatingAuthenticationFailureHandler(failures,
						new SimpleUrlAuthenticationFailureHandler("/login?error"))))
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(maskedCsrfTokens()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(SecurityHeaders.pages());
		return http.build();
	}

	/**
	 * The sign-in with a password on both chains: throttled, and announcing its successes
	 * and failures (a throttled one as a lockout) to the audit.
	 */
	private static AuthenticationManager signInManager(AuthenticationProvider signIn,
			ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
		ProviderManager manager = new ProviderManager(signIn);
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
	}

	/**
	 * The password sign-in of the API (HTTP Basic), refused after the password to an
	 * account that must give a second factor, which HTTP Basic cannot carry: such an
	 * account's scripts use a personal access token. The refusal comes after the password
	 * check, so that it tells nothing to whoever does not know the password.
	 */
	private static AuthenticationProvider passwordOnlyWithoutSecondFactor(ThrottledSignIn signIn,
			SecondFactorRule secondFactor) {
		AuthenticationProvider password = signIn.asProvider();
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				Authentication result = password.authenticate(authentication);
				if (result != null && result.getPrincipal() instanceof AccountPrincipal account
						&& secondFactor.mustUse(account.currentUser())) {
					throw new SecondFactorRequiredException();
				}
				return result;
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return password.supports(authentication);
			}
		};
	}

	/**
	 * Answers a held-back sign-in on the API with 429 and the seconds to wait.
	 */
	static void tooManyAttempts(HttpServletResponse response, SignInThrottledException throttled, Clock clock,
			Locale locale) throws IOException {
		long seconds = Math.max(1, Duration.between(clock.instant(), throttled.getUntil()).toSeconds() + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		ProblemResponse.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too Many Requests",
				UserText.of("identity.api.signInThrottled", seconds).in(locale));
	}

	/**
	 * Spring's default masking of the CSRF token (against BREACH), drawing its random
	 * bytes per thread rather than from the JDK's one shared generator.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedCsrfTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadSecureRandom());
		return handler;
	}

	/**
	 * The token filter runs only inside the API chain, not as a servlet filter of its
	 * own.
	 */
	@Bean
	FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(
			ApiTokenAuthenticationFilter filter) {
		FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * bcrypt at the configured strength; see {@link PasswordHashing}.
	 */
	@Bean
	PasswordEncoder passwordEncoder(PasswordProperties properties) {
		return new PasswordHashing(properties.bcryptStrength());
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
