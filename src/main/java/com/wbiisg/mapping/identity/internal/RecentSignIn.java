package com.wbiisg.mapping.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.PasswordConfirmation;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Whether the user of a page session gave their password lately: at sign-in, or again on
 * the confirmation page, within {@link #RECENT}. Sensitive actions (the administration of
 * users and members, a new access token) ask for it ({@link RecentSignInFilter}). A
 * session gets {@value #MOST_FAILURES} wrong tries, then it is signed out.
 */
@Component
public class RecentSignIn {

	static final Duration RECENT = Duration.ofMinutes(10);

	static final int MOST_FAILURES = 5;

	private static final String CONFIRMED_AT = RecentSignIn.class.getName() + ".confirmedAt";

	private static final String FAILURES = RecentSignIn.class.getName() + ".failures";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	RecentSignIn(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the session's user signed in or confirmed their password lately; a session
	 * not made by the sign-in form (none in use) counts as recent.
	 */
	boolean isRecent(HttpSession session) {
		Instant signedIn = SignedInSessions.signedInAt(session);
		if (signedIn == null) {
			return true;
		}
		Instant confirmed = (session.getAttribute(CONFIRMED_AT) instanceof Instant at) ? at : signedIn;
		Instant last = confirmed.isAfter(signedIn) ? confirmed : signedIn;
		return !this.clock.instant().isAfter(last.plus(RECENT));
	}

	/**
	 * Checks the password of the session's user, notes the time when it is right, and
	 * signs the session out after too many wrong ones.
	 */
	public PasswordConfirmation confirm(CurrentUser user, @Nullable String password, HttpSession session) {
		Account account = this.accounts.findById(user.accountId()).orElse(null);
		boolean right = account != null && password != null
				&& this.passwords.matches(password, account.getPasswordHash());
		if (right) {
			session.setAttribute(CONFIRMED_AT, this.clock.instant());
			session.removeAttribute(FAILURES);
			this.audit.recordChange("CONFIRM_PASSWORD", AccountAdministration.RECORD, user.accountId(),
					Changes.of().set("outcome", "confirmed"));
			return PasswordConfirmation.CONFIRMED;
		}
		int failures = ((session.getAttribute(FAILURES) instanceof Integer count) ? count : 0) + 1;
		this.audit.recordChange("CONFIRM_PASSWORD", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("outcome", "wrong password").set("failures", failures));
		if (failures >= MOST_FAILURES) {
			session.invalidate();
			return PasswordConfirmation.SIGNED_OUT;
		}
		session.setAttribute(FAILURES, failures);
		return PasswordConfirmation.WRONG;
	}

	/**
	 * Notes a second factor given just now (a passkey) as a recent sign-in, as the
	 * password given again would be.
	 */
	void confirmedByFactor(HttpSession session) {
		session.setAttribute(CONFIRMED_AT, this.clock.instant());
		session.removeAttribute(FAILURES);
	}

	/**
	 * Where to come back to after confirming: an address of this platform only.
	 */
	public static String local(@Nullable String next) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
				|| next.chars().anyMatch(Character::isISOControl)) {
			return "/account";
		}
		return next;
	}

}
