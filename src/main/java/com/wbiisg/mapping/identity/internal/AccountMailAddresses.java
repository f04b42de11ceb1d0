package com.wbiisg.mapping.identity.internal;

import java.util.Optional;

import com.wbiisg.mapping.identity.MailAddresses;
import com.wbiisg.mapping.identity.MailRecipient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses of accounts, for the mail module.
 */
@Service
@Transactional(readOnly = true)
class AccountMailAddresses implements MailAddresses {

	private final AccountRepository accounts;

	AccountMailAddresses(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<MailRecipient> of(long accountId) {
		return this.accounts.findById(accountId)
			.map((account) -> new MailRecipient(account.getId(), account.getUsername(), account.getDisplayName(),
					account.getEmail(), account.isEnabled()));
	}

}
