package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.identity.internal.SignedInSessions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own signed-in sessions: listing them, and signing out one or all of them.
 */
@Service
public class MySessions {

	private final SignedInSessions sessions;

	MySessions(SignedInSessions sessions) {
		this.sessions = sessions;
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

}
