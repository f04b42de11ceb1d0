package com.wbiisg.mapping.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed: {@code iisg.security.password.bcrypt-strength} is the bcrypt
 * cost of new hashes (2^strength rounds), 12 by default, about 0.3 s on the platform's
 * machine (docs/security.md). Hashes of any other strength still match.
 */
@ConfigurationProperties("iisg.security.password")
record PasswordProperties(@DefaultValue("12") int bcryptStrength) {

	PasswordProperties {
		if (bcryptStrength < 4 || bcryptStrength > 31) {
			throw new IllegalArgumentException(
					"iisg.security.password.bcrypt-strength must be between 4 and 31, not " + bcryptStrength);
		}
	}

}
