package com.wbiisg.mapping.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.SessionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of the pages: what each was signed in from (the browser's own
 * description, the client's address) and when, so that a user sees their sessions and
 * signs out one or all of them, and the ending of the sessions of an account whose access
 * changed (disabled, new role, new organisation or partner), which takes effect at the
 * user's next click rather than at the next sign-in. A session is told to its user by a
 * handle drawn at sign-in, never by its id, which would sign in whoever read it. The
 * registry is this node's; the other nodes notice a disabled account within
 * {@link AccessLimits#accountStateCheck()} ({@link ActiveAccountFilter}). A user who
 * changes their password ends their other sessions.
 */
@Component
public class SignedInSessions {

	/**
	 * The session attribute that holds when its user signed in.
	 */
	static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

	private static final int MOST_DEVICE_CHARS = 200;

	private final SessionRegistry registry;

	private final ActiveAccounts active;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Details> details = new ConcurrentHashMap<>();

	SignedInSessions(SessionRegistry registry, ActiveAccounts active, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.active = active;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Notes the session of a sign-in that just succeeded, after its id was renewed.
	 */
	void signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession();
		Instant now = this.clock.instant();
		session.setAttribute(SIGNED_IN_AT, now);
		String device = Objects.requireNonNullElse(request.getHeader("User-Agent"), "");
		byte[] handle = new byte[12];
		this.random.nextBytes(handle);
		this.details.put(session.getId(), new Details(Base64.getUrlEncoder().withoutPadding().encodeToString(handle),
				device.substring(0, Math.min(device.length(), MOST_DEVICE_CHARS)), request.getRemoteAddr(), now));
	}

	/**
	 * When the session's user signed in, if they did.
	 */
	static @Nullable Instant signedInAt(HttpSession session) {
		return (session.getAttribute(SIGNED_IN_AT) instanceof Instant at) ? at : null;
	}

	/**
	 * The account's sessions that are still signed in, the most recently used first.
	 */
	public List<SessionView> of(CurrentUser user, @Nullable String currentSessionId) {
		List<SessionView> sessions = new ArrayList<>();
		for (SessionInformation session : sessionsOf(user.accountId())) {
			Details known = this.details.get(session.getSessionId());
			if (known != null) {
				sessions.add(new SessionView(known.handle(), known.device(), known.address(), known.signedInAt(),
						session.getLastRequest().toInstant(), session.getSessionId().equals(currentSessionId)));
			}
		}
		sessions.sort(Comparator.comparing(SessionView::lastSeen).reversed());
		return sessions;
	}

	/**
	 * Signs out the user's session of that handle; answers whether there was one.
	 */
	public boolean end(CurrentUser user, String handle) {
		for (SessionInformation session : sessionsOf(user.accountId())) {
			Details known = this.details.get(session.getSessionId());
			if (known != null && known.handle().equals(handle)) {
				session.expireNow();
				this.audit.recordChange("END_SESSION", AccountAdministration.RECORD, user.accountId(),
						Changes.of().set("device", known.device()).set("address", known.address()));
				return true;
			}
		}
		return false;
	}

	/**
	 * Signs out every session of the user, the one asking among them.
	 */
	public void endEverywhere(CurrentUser user) {
		int ended = endAllOf(user.accountId());
		this.audit.recordChange("END_ALL_SESSIONS", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("sessions", ended));
	}

	/**
	 * Ends every session of the account; answers how many there were.
	 */
	int endAllOf(long accountId) {
		return endOthersOf(accountId, null);
	}

	/**
	 * Ends every session of the account but the one named {@code keptSessionId}; answers
	 * how many it ended.
	 */
	int endOthersOf(long accountId, @Nullable String keptSessionId) {
		this.active.forget(accountId);
		List<SessionInformation> sessions = sessionsOf(accountId).stream()
			.filter((session) -> !Objects.equals(session.getSessionId(), keptSessionId))
			.toList();
		sessions.forEach(SessionInformation::expireNow);
		return sessions.size();
	}

	private List<SessionInformation> sessionsOf(long accountId) {
		List<SessionInformation> sessions = new ArrayList<>();
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.currentUser().accountId() == accountId) {
				sessions.addAll(this.registry.getAllSessions(principal, false));
			}
		}
		return sessions;
	}

	@EventListener
	void on(SessionIdChangedEvent event) {
		Details known = this.details.remove(event.getOldSessionId());
		if (known != null) {
			this.details.put(event.getNewSessionId(), known);
		}
	}

	@EventListener
	void on(SessionDestroyedEvent event) {
		this.details.remove(event.getId());
	}

	private record Details(String handle, String device, String address, Instant signedInAt) {
	}

}
