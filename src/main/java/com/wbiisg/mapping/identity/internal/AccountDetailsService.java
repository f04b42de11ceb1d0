package com.wbiisg.mapping.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Failed sign-ins are throttled by {@link ThrottledSignIn},
 * per user name and client address, not by locking the account. A password stored with a
 * weaker hash than today's (a lower bcrypt strength, set before
 * {@code iisg.security.password.bcrypt-strength} was raised) is hashed again at its next
 * right sign-in, the one moment the platform has it in hand.
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		Account account = this.accounts.findByUsernameIgnoreCase(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		if (newPassword != null) {
			account.changePassword(newPassword);
		}
		return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled());
	}

}
