package com.wbiisg.mapping.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Security's JDBC repositories of passkeys on the tables of migration V24, on H2
 * and PostgreSQL: what is saved reads back whole, a sign-in's update of the use count and
 * last use is kept, and a user entity goes with its credentials.
 */
@IntegrationTest
class PasskeyStoreIntegrationTests {

	@Autowired
	PublicKeyCredentialUserEntityRepository users;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void readsBackAUserEntityByIdAndByName() {
		String name = unique();
		PublicKeyCredentialUserEntity user = Passkeys.userOf(this.users, name);

		assertThat(this.users.findById(user.getId())).usingRecursiveComparison().isEqualTo(user);
		assertThat(this.users.findByUsername(name)).usingRecursiveComparison().isEqualTo(user);
		assertThat(this.users.findByUsername(unique())).isNull();
	}

	@Test
	void readsBackAPasskeyWhole() {
		PublicKeyCredentialUserEntity user = Passkeys.userOf(this.users, unique());
		CredentialRecord saved = Passkeys.record(user.getId(), "Work laptop – Touch ID");
		this.credentials.save(saved);

		CredentialRecord read = this.credentials.findByCredentialId(saved.getCredentialId());

		assertThat(read).isNotNull();
		assertThat(read.getUserEntityUserId()).isEqualTo(user.getId());
		assertThat(read.getPublicKey().getBytes()).isEqualTo(saved.getPublicKey().getBytes());
		assertThat(read.getAttestationObject()).isEqualTo(saved.getAttestationObject());
		assertThat(read.getAttestationClientDataJSON()).isEqualTo(saved.getAttestationClientDataJSON());
		assertThat(read.getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
		assertThat(read.isUvInitialized()).isTrue();
		assertThat(read.getCreated()).isEqualTo(saved.getCreated());
		assertThat(read.getLabel()).isEqualTo("Work laptop – Touch ID");
		assertThat(this.credentials.findByUserId(user.getId())).extracting(CredentialRecord::getCredentialId)
			.containsExactly(saved.getCredentialId());
	}

	@Test
	void keepsTheUseCountAndLastUseOfASignIn() {
		PublicKeyCredentialUserEntity user = Passkeys.userOf(this.users, unique());
		CredentialRecord saved = Passkeys.record(user.getId(), "Security key");
		this.credentials.save(saved);
		Instant used = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);

		this.credentials
			.save(ImmutableCredentialRecord.fromCredentialRecord(saved).signatureCount(7).lastUsed(used).build());

		CredentialRecord read = this.credentials.findByCredentialId(saved.getCredentialId());
		assertThat(read.getSignatureCount()).isEqualTo(7);
		assertThat(read.getLastUsed()).isEqualTo(used);
		assertThat(this.credentials.findByUserId(user.getId())).hasSize(1);
	}

	@Test
	void removesThePasskeysOfAUserEntityWithIt() {
		PublicKeyCredentialUserEntity user = Passkeys.userOf(this.users, unique());
		CredentialRecord first = Passkeys.record(user.getId(), "Phone");
		this.credentials.save(first);
		this.credentials.save(Passkeys.record(user.getId(), "Key"));

		this.credentials.delete(first.getCredentialId());
		assertThat(this.credentials.findByCredentialId(first.getCredentialId())).isNull();
		assertThat(this.credentials.findByUserId(user.getId())).extracting(CredentialRecord::getLabel)
			.containsExactly("Key");

		this.users.delete(user.getId());
		assertThat(this.credentials.findByUserId(user.getId())).isEmpty();
	}

	@Test
	void refusesANewPasskeyWithoutAName() {
		PublicKeyCredentialUserEntity user = Passkeys.userOf(this.users, unique());
		for (String label : new String[] { " ", "x".repeat(RecordedCredentials.MOST_LABEL_CHARS + 1), "tab\tbed" }) {
			CredentialRecord record = Passkeys.record(user.getId(), label);
			assertThatThrownBy(() -> this.credentials.save(record)).isInstanceOf(InvalidInputException.class);
			assertThat(this.credentials.findByCredentialId(record.getCredentialId())).isNull();
		}
		assertThat(Set.copyOf(this.credentials.findByUserId(user.getId()))).isEmpty();
	}

	private static String unique() {
		return "passkey." + UUID.randomUUID().toString().substring(0, 8);
	}

}
