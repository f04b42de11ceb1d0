package com.wbiisg.mapping.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and locks an account for a while after repeated failed
 * attempts.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled(),
				account.isLocked(this.clock.instant()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
			.ifPresent((account) -> account.signInFailed(this.clock.instant()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.accounts.findById(principal.currentUser().accountId())
				.filter((account) -> account.getFailedAttempts() > 0)
				.ifPresent(Account::signInSucceeded);
		}
	}

}
