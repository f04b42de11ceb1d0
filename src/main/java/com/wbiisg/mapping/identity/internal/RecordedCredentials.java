package com.wbiisg.mapping.identity.internal;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's credential repository, told apart where a passkey is new: Spring's
 * registration hands a new passkey to {@link #save} and to nothing else the platform
 * sees, so its label is checked here and its arrival announced ({@link PasskeyAdded}) for
 * the audit and the ending of the user's other sessions. A save of a known passkey (its
 * use count and last use after a sign-in) passes through.
 */
final class RecordedCredentials implements UserCredentialRepository {

	static final int MOST_LABEL_CHARS = 100;

	private final UserCredentialRepository delegate;

	private final ApplicationEventPublisher events;

	RecordedCredentials(UserCredentialRepository delegate, ApplicationEventPublisher events) {
		this.delegate = delegate;
		this.events = events;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.delegate.findByCredentialId(record.getCredentialId()) == null;
		if (added) {
			checkLabel(record.getLabel());
		}
		this.delegate.save(record);
		if (added) {
			this.events.publishEvent(new PasskeyAdded(record.getUserEntityUserId().toBase64UrlString(),
					record.getCredentialId().toBase64UrlString(), record.getLabel()));
		}
	}

	private static void checkLabel(@Nullable String label) {
		if (label == null || label.isBlank() || label.length() > MOST_LABEL_CHARS
				|| label.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("label", UserText.of("identity.passkeys.labelRule", MOST_LABEL_CHARS));
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		this.delegate.delete(credentialId);
	}

	@Override
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.delegate.findByUserId(userId);
	}

	/**
	 * A passkey was added to the WebAuthn user of that id.
	 */
	record PasskeyAdded(String userEntityId, String credentialId, String label) {
	}

}
