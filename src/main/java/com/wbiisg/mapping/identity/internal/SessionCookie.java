package com.wbiisg.mapping.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The session cookie of a platform served over HTTPS ({@code iisg.public-url} starts with
 * {@code https://}) is {@value #SECURE_NAME}: {@code Secure}, and with the
 * {@code __Host-} prefix, which browsers accept only from a secure origin, for the path
 * {@code /} and without a domain, so that no other host or path can set or shadow it. It
 * stays {@code HttpOnly} and {@code SameSite=Lax} (application.properties). Served over
 * plain HTTP (the demo on localhost), the cookie keeps the container's name and is not
 * {@code Secure}, or no browser would send it back.
 * {@code server.servlet.session.cookie.name} and {@code .secure}, when set, are kept.
 */
@Component
class SessionCookie implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

	static final String SECURE_NAME = "__Host-IISG_SESSION";

	static final String PLAIN_NAME = "JSESSIONID";

	private final boolean https;

	private final String configuredName;

	SessionCookie(@Value("${iisg.public-url:http://localhost:8080}") String publicUrl,
			@Value("${server.servlet.session.cookie.name:}") String configuredName) {
		this.https = publicUrl.regionMatches(true, 0, "https://", 0, 8);
		this.configuredName = configuredName;
	}

	@Override
	public void customize(ConfigurableServletWebServerFactory factory) {
		Cookie cookie = factory.getSettings().getSession().getCookie();
		if (this.https) {
			if (!StringUtils.hasText(cookie.getName())) {
				cookie.setName(SECURE_NAME);
			}
			if (cookie.getSecure() == null) {
				cookie.setSecure(true);
			}
		}
	}

	/**
	 * The name of the session cookie in effect, which signing out deletes.
	 */
	String name() {
		if (StringUtils.hasText(this.configuredName)) {
			return this.configuredName;
		}
		return this.https ? SECURE_NAME : PLAIN_NAME;
	}

	/**
	 * After Spring Boot's own customizer, which applies {@code server.servlet.session.*}.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
