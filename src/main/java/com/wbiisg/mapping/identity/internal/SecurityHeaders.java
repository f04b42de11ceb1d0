package com.wbiisg.mapping.identity.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of pages and API answers (ASVS 5.0 §3.4), on top of Spring
 * Security's defaults: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control}
 * with {@code no-store} on every answer that does not set its own, and
 * {@code Strict-Transport-Security} on answers over HTTPS only (a browser ignores it over
 * plain HTTP, and the platform may run behind a proxy that terminates TLS:
 * {@code server.forward-headers-strategy} tells it so).
 */
final class SecurityHeaders {

	/**
	 * Pages: scripts only from the platform itself (no inline script, no {@code eval});
	 * inline styles stay allowed for the style attributes of Bootstrap and htmx. No page
	 * uses {@code <base>}, plugins or frames.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

	/**
	 * API answers are data, never rendered as a page: nothing may load from them, and no
	 * page may frame them.
	 */
	static final String API_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

	/**
	 * Browser features the platform does not use are turned off; passkeys (WebAuthn) stay
	 * allowed for the platform's own pages.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
			+ "display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
			+ "publickey-credentials-create=(self), publickey-credentials-get=(self)";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
		return (headers) -> common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY));
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> api() {
		return (headers) -> common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY));
	}

	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

}
