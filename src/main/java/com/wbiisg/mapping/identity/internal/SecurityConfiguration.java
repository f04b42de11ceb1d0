package com.wbiisg.mapping.identity.internal;

import java.io.IOException;

import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.io.JsonStringEncoder;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains: the JSON API (HTTP Basic or a personal access token, no session, no
 * CSRF, problem details for 401 and 403) and the pages (form sign-in, CSRF, session
 * renewed at sign-in).
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
	 * Pages for every signed-in account, observers included: the start page and their own
	 * account.
	 */
	static final String[] EVERY_ACCOUNT_PAGES = { "/", "/account", "/account/**" };

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
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokens) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> problem(response,
				HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				UserText.of("web.api.unauthorized").in(request.getLocale()));
		AccessDeniedHandler denied = (request, response, ex) -> problem(response, HttpServletResponse.SC_FORBIDDEN,
				"Forbidden", UserText.of("web.api.denied").in(request.getLocale()));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers("/api/v1/public/**").permitAll().anyRequest().hasAnyRole(MEMBERS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.headers(SecurityHeaders.api());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		// The admin pages are also guarded on their controllers; the rule here keeps any
		// future page under
		// /admin/ closed to other roles by default.
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("SECRETARIAT")
			.requestMatchers(EVERY_ACCOUNT_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.GET, REPORT_PAGES)
			.authenticated()
			.requestMatchers(CALENDAR_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.GET, MEETING_PAGE)
			.authenticated()
			.anyRequest()
			.hasAnyRole(MEMBERS))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(maskedCsrfTokens()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(SecurityHeaders.pages());
		return http.build();
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

	/**
	 * Answers with a problem detail, before any controller: the texts are escaped for
	 * JSON, whatever language they are in.
	 */
	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
					+ json(detail) + "\"}");
	}

	private static String json(String text) {
		return String.valueOf(JsonStringEncoder.getInstance().quoteAsCharArray(text));
	}

}
