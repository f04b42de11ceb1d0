package com.wbiisg.mapping.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a signed-in session besides its inactivity timeout
 * ({@code server.servlet.session.timeout}, 30 minutes):
 * {@code iisg.security.session.absolute-lifetime} (12 hours) is how long a sign-in lasts
 * however busy its session is.
 */
@ConfigurationProperties("iisg.security.session")
record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {

	SessionProperties {
		if (absoluteLifetime.isNegative() || absoluteLifetime.isZero()) {
			throw new IllegalArgumentException(
					"iisg.security.session.absolute-lifetime must be longer than zero, not " + absoluteLifetime);
		}
	}

}
