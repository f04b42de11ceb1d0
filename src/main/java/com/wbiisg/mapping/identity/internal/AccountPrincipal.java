package com.wbiisg.mapping.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.CurrentUser.CurrentUserHolder;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in account.
 */
record AccountPrincipal(CurrentUser currentUser, String passwordHash,
		boolean enabled) implements UserDetails, CurrentUserHolder {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.currentUser.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.currentUser.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
