package com.wbiisg.mapping.identity.internal;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys as a kind of second factor: an account that has one has enrolled a factor
 * ({@link SecondFactorRule}), and may sign in with it instead of an authenticator code.
 */
@Component
class PasskeyFactor implements SecondFactorEnrolment {

	private final AccountRepository accounts;

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	PasskeyFactor(AccountRepository accounts, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		this.accounts = accounts;
		this.users = users;
		this.credentials = credentials;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean enrolled(long accountId) {
		return this.accounts.findById(accountId).map((account) -> {
			PublicKeyCredentialUserEntity user = this.users.findByUsername(account.getUsername());
			return user != null && !this.credentials.findByUserId(user.getId()).isEmpty();
		}).orElse(false);
	}

}
