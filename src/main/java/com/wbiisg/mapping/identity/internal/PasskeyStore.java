package com.wbiisg.mapping.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys are kept in the database (tables of migration V24), so that every node knows
 * them and they outlive a restart, with Spring Security's own JDBC repositories. The
 * relying party is a bean, not left to {@code http.webAuthn()}, because the passkey
 * sign-in ({@link PasskeySignIn}) verifies with the same one.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyStore {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, ApplicationEventPublisher events) {
		return new RecordedCredentials(new JdbcUserCredentialRepository(jdbc), events);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, PasskeyProperties properties) {
		PublicKeyCredentialRpEntity party = PublicKeyCredentialRpEntity.builder()
			.id(properties.rpId())
			.name(PasskeyProperties.RP_NAME)
			.build();
		return new Webauthn4JRelyingPartyOperations(users, credentials, party, properties.origins());
	}

}
