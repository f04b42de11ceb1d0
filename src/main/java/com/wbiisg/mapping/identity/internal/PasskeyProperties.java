package com.wbiisg.mapping.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where passkeys are valid (WebAuthn's relying party): {@code rpId} is the host name that
 * a passkey is bound to, the platform's own or a parent domain of it; a browser refuses a
 * passkey on any other host. {@code allowedOrigins} are the addresses, with scheme and
 * port, from which the platform's pages are served as the browser sees them: behind a
 * proxy that ends HTTPS, the public {@code https://} address. A passkey added under one
 * {@code rpId} does not work under another.
 */
@ConfigurationProperties("iisg.security.webauthn")
record PasskeyProperties(@DefaultValue("localhost") String rpId,
		@DefaultValue("http://localhost:8080") List<String> allowedOrigins) {

	/**
	 * The name that browsers show when they ask to create or use a passkey.
	 */
	static final String RP_NAME = "IISG Mapping Platform";

	PasskeyProperties {
		if (rpId.isBlank() || rpId.contains("/") || rpId.contains(":")) {
			throw new IllegalArgumentException(
					"iisg.security.webauthn.rp-id must be a host name such as mapping.example.org, not " + rpId);
		}
		if (allowedOrigins.isEmpty()) {
			throw new IllegalArgumentException("iisg.security.webauthn.allowed-origins names no origin");
		}
		for (String origin : allowedOrigins) {
			URI uri = URI.create(origin);
			if (uri.getScheme() == null || uri.getHost() == null
					|| (uri.getPath() != null && !uri.getPath().isEmpty())) {
				throw new IllegalArgumentException("iisg.security.webauthn.allowed-origins: " + origin
						+ " is no origin; write it as scheme://host[:port], such as https://mapping.example.org");
			}
		}
		allowedOrigins = List.copyOf(allowedOrigins);
	}

	Set<String> origins() {
		return Set.copyOf(this.allowedOrigins);
	}

}
