package com.wbiisg.mapping.identity;

import java.time.Instant;

/**
 * One of a user's signed-in sessions: told by a handle (never its id), the browser's own
 * description of itself, the address it signed in from, when, when it was last used, and
 * whether it is the session asking.
 */
public record SessionView(String handle, String device, String address, Instant signedInAt, Instant lastSeen,
		boolean current) {
}
