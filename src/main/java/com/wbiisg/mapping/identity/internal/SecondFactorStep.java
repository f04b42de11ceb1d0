package com.wbiisg.mapping.identity.internal;

import java.time.Clock;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

/**
 * The second step of a sign-in, after the password: an authenticator code or a recovery
 * code. Wrong codes count against the sign-in throttle of the user name and client
 * address, as wrong passwords do, so that the step cannot be guessed through; a right one
 * adds its factor to the session's authentication, under a new session id.
 */
@Component
public class SecondFactorStep {

	/**
	 * How a code was taken.
	 */
	public enum Outcome {

		ACCEPTED, WRONG, THROTTLED

	}

	private final TotpFactor totp;

	private final RecoveryCodes recovery;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorStep(TotpFactor totp, RecoveryCodes recovery, SignInThrottle throttle, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.totp = totp;
		this.recovery = recovery;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Checks an authenticator code ({@code recoveryCode} false) or a recovery code of the
	 * signed-in user, and completes the sign-in when it is right.
	 */
	public Outcome complete(CurrentUser user, String code, boolean recoveryCode, HttpServletRequest request,
			HttpServletResponse response) {
		String address = request.getRemoteAddr();
		Optional<?> blocked = this.throttle.blockedUntil(user.username(), address);
		if (blocked.isPresent()) {
			this.audit.recordSecurityEvent("SECOND_FACTOR_THROTTLED", user.username(),
					"Second factor refused: sign-ins held back from " + address);
			return Outcome.THROTTLED;
		}
		boolean right = recoveryCode ? this.recovery.use(user.accountId(), code)
				: this.totp.verify(user.accountId(), code);
		String kind = recoveryCode ? "recovery code" : "authenticator code";
		if (!right) {
			this.throttle.failed(user.username(), address);
			this.audit.recordSecurityEvent("SECOND_FACTOR_FAILED", user.username(), "Wrong " + kind);
			return Outcome.WRONG;
		}
		this.throttle.succeeded(user.username(), address);
		this.audit.recordSecurityEvent("SECOND_FACTOR", user.username(), "Signed in with " + kind
				+ (recoveryCode ? " (" + this.recovery.left(user.accountId()) + " left)" : ""));
		grant(recoveryCode ? SecondFactorRule.RECOVERY_CODE_AUTHORITY : SecondFactorRule.TOTP_AUTHORITY, request,
				response);
		return Outcome.ACCEPTED;
	}

	/**
	 * Adds the factor to the authentication of the session, which is renewed: a session
	 * id known before the step does not carry the stronger sign-in.
	 */
	public void grant(String factor, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null) {
			throw new IllegalStateException("No sign-in to add a factor to");
		}
		Authentication stronger = current.toBuilder()
			.authorities((authorities) -> authorities
				.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(this.clock.instant()).build()))
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(stronger);
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			String before = session.getId();
			request.changeSessionId();
			// Servlet containers announce the new id to the session registry themselves;
			// announcing it here as well does no harm (the old id is then unknown) and
			// keeps the registry right where no container does (MockMvc).
			this.events.publishEvent(new HttpSessionIdChangedEvent(request.getSession(), before));
		}
		this.contexts.saveContext(context, request, response);
	}

}
