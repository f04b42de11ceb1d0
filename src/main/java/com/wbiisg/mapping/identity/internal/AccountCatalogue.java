package com.wbiisg.mapping.identity.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.identity.AccountDirectory;
import com.wbiisg.mapping.identity.AccountSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account directory other modules read; no password, lockout or e-mail leaves the
 * identity module this way.
 */
@Service
@Transactional(readOnly = true)
class AccountCatalogue implements AccountDirectory {

	private final AccountRepository accounts;

	AccountCatalogue(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<AccountSummary> enabledAccounts() {
		return this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.filter(Account::isEnabled)
			.map(AccountCatalogue::summary)
			.toList();
	}

	@Override
	public Optional<AccountSummary> account(long id) {
		return this.accounts.findById(id).map(AccountCatalogue::summary);
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getOrganisationId(), account.getPartnerCode(), account.isEnabled());
	}

}
