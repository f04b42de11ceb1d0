package com.wbiisg.mapping.audit.internal;

import com.wbiisg.mapping.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins, failed sign-ins, sign-outs and every denied access.
 */
@Component
class SecurityEventsAuditor {

	private final AuditTrail trail;

	SecurityEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.trail.recordSecurityEvent("SIGN_IN", event.getAuthentication().getName(), "Signed in");
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.trail.recordSecurityEvent("SIGN_IN_FAILED", event.getAuthentication().getName(),
				"Sign-in failed: " + event.getException().getMessage());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.trail.recordSecurityEvent("SIGN_OUT", event.getAuthentication().getName(), "Signed out");
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return;
		}
		this.trail.recordSecurityEvent("ACCESS_DENIED", authentication.getName(),
				"Denied: " + describe(event.getSource()));
	}

	private static String describe(Object target) {
		if (target instanceof HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		if (target instanceof MethodInvocation invocation) {
			return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
		}
		return String.valueOf(target);
	}

}
