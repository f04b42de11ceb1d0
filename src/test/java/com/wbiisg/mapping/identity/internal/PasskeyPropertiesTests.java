package com.wbiisg.mapping.identity.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The relying party's settings are checked at start-up: a host name for the rp id, and
 * origins written as scheme, host and port, so that a mistyped setting stops the platform
 * rather than every passkey.
 */
class PasskeyPropertiesTests {

	@Test
	void takesAHostNameAndOriginsOfSchemeHostAndPort() {
		PasskeyProperties properties = new PasskeyProperties("mapping.example.org",
				List.of("https://mapping.example.org", "http://localhost:8080"));

		assertThat(properties.origins()).containsExactlyInAnyOrder("https://mapping.example.org",
				"http://localhost:8080");
	}

	@Test
	void refusesAnRpIdThatIsAnAddressRatherThanAHostName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PasskeyProperties("https://mapping.example.org", List.of("https://x.org")))
			.withMessageContaining("iisg.security.webauthn.rp-id");
	}

	@Test
	void refusesAnOriginWithAPathOrWithoutAScheme() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PasskeyProperties("example.org", List.of("https://example.org/mapping")))
			.withMessageContaining("iisg.security.webauthn.allowed-origins");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PasskeyProperties("example.org", List.of("example.org")))
			.withMessageContaining("iisg.security.webauthn.allowed-origins");
	}

}
