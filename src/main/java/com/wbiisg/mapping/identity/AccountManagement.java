package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;

import org.springframework.stereotype.Service;

/**
 * The Secretariat's use cases on accounts, as the pages see them: listing, creating,
 * editing, disabling and enabling accounts and resetting passwords. The rules, the audit
 * and the access check are those of the account administration this delegates to.
 */
@Service
public class AccountManagement {

	private final AccountAdministration administration;

	AccountManagement(AccountAdministration administration) {
		this.administration = administration;
	}

	public List<AccountDetails> list() {
		return this.administration.list().stream().map(this::details).toList();
	}

	public AccountDetails get(long id) {
		return details(this.administration.get(id));
	}

	public AccountDetails create(String username, String password, AccountData data) {
		return details(this.administration.create(username, password, data));
	}

	public AccountDetails update(long id, long expectedVersion, AccountData data) {
		return details(this.administration.update(id, expectedVersion, data));
	}

	public void disable(long id) {
		this.administration.disable(id);
	}

	public void enable(long id) {
		this.administration.enable(id);
	}

	public void resetPassword(long id, String password) {
		this.administration.resetPassword(id, password);
	}

	private AccountDetails details(Account account) {
		return new AccountDetails(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRole(), account.getOrganisationId(), account.getPartnerCode(), account.isEnabled(),
				this.administration.signInsHeldBackUntil(account).orElse(null), account.getVersion());
	}

}
