package com.wbiisg.mapping.identity;

import com.wbiisg.mapping.identity.internal.OwnPasswordChange;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A signed-in user's own password, changed on <em>My account</em>. The rules and the
 * audit are those of {@code OwnPasswordChange}.
 */
@Service
public class OwnPassword {

	private final OwnPasswordChange change;

	OwnPassword(OwnPasswordChange change) {
		this.change = change;
	}

	/**
	 * Changes the user's password when the current one is right and the new one follows
	 * the rule, and ends every session of the user but {@code keptSessionId}.
	 */
	public void change(CurrentUser user, @Nullable String currentPassword, @Nullable String newPassword,
			@Nullable String keptSessionId) {
		this.change.change(user.accountId(), currentPassword, newPassword, keptSessionId);
	}

}
