package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.identity.internal.RecentSignIn;
import com.wbiisg.mapping.identity.internal.SignedInSessions;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own signed-in sessions: listing them, signing out one or all of them, and
 * confirming the password of one before a sensitive action.
 */
@Service
public class MySessions {

	private final SignedInSessions sessions;

	private final RecentSignIn recent;

	MySessions(SignedInSessions sessions, RecentSignIn recent) {
		this.sessions = sessions;
		this.recent = recent;
	}

	/**
	 * The user's sessions, the most recently used first, the one of that id marked as the
	 * current one.
	 */
	public List<SessionView> list(CurrentUser user, @Nullable String currentSessionId) {
		return this.sessions.of(user, currentSessionId);
	}

	/**
	 * Signs out the user's session of that handle; answers whether there was one.
	 */
	@Transactional
	public boolean signOut(CurrentUser user, String handle) {
		return this.sessions.end(user, handle);
	}

	/**
	 * Signs out every session of the user, the one asking among them.
	 */
	@Transactional
	public void signOutEverywhere(CurrentUser user) {
		this.sessions.endEverywhere(user);
	}

	/**
	 * Checks the password of the session's user before a sensitive action; too many wrong
	 * ones sign the session out.
	 */
	@Transactional
	public PasswordConfirmation confirmPassword(CurrentUser user, @Nullable String password, HttpSession session) {
		return this.recent.confirm(user, password, session);
	}

	/**
	 * The address to go back to after a confirmation: one of this platform, else My
	 * account.
	 */
	public static String local(@Nullable String next) {
		return RecentSignIn.local(next);
	}

}
