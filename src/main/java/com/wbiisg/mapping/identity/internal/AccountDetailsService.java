package com.wbiisg.mapping.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Failed sign-ins are throttled by {@link ThrottledSignIn},
 * per user name and client address, not by locking the account.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled());
	}

}
