package com.wbiisg.mapping.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Stored passkeys for the tests that need one without a browser: the WebAuthn user entity
 * of an account and a credential of it, made of random bytes (no authenticator signs with
 * them, so they never sign in).
 */
final class Passkeys {

	private Passkeys() {
	}

	static PublicKeyCredentialUserEntity userOf(PublicKeyCredentialUserEntityRepository users, String username) {
		PublicKeyCredentialUserEntity known = users.findByUsername(username);
		if (known != null) {
			return known;
		}
		PublicKeyCredentialUserEntity user = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(username)
			.displayName(username)
			.build();
		users.save(user);
		return user;
	}

	static CredentialRecord store(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			String username, String label) {
		CredentialRecord record = record(userOf(users, username).getId(), label);
		credentials.save(record);
		return record;
	}

	static CredentialRecord record(Bytes userId, String label) {
		Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return ImmutableCredentialRecord.builder()
			.credentialId(Bytes.random())
			.userEntityUserId(userId)
			.publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes()))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.attestationObject(Bytes.random())
			.attestationClientDataJSON(Bytes.random())
			.created(created)
			.lastUsed(created)
			.label(label)
			.build();
	}

}
