package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.identity.internal.PasskeyChanges;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A user's own passkeys on <em>My account</em>: listing and removing them. Adding one is
 * Spring Security's WebAuthn ceremony ({@code /webauthn/register/options} and
 * {@code /webauthn/register}); the rules of both are those of {@code PasskeyChanges}.
 */
@Service
public class MyPasskeys {

	private final PasskeyChanges changes;

	MyPasskeys(PasskeyChanges changes) {
		this.changes = changes;
	}

	/**
	 * The user's passkeys, the most recently added first.
	 */
	public List<PasskeyView> list(CurrentUser user) {
		return this.changes.of(user.username());
	}

	/**
	 * Removes the user's passkey of that id and signs out their sessions other than
	 * {@code keptSessionId}; answers false, and audits the attempt, when the user has no
	 * passkey of that id (another account's included).
	 */
	public boolean remove(CurrentUser user, String id, @Nullable String keptSessionId) {
		return this.changes.remove(user, id, keptSessionId);
	}

}
