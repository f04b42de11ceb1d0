package com.wbiisg.mapping.identity.internal;

import java.io.IOException;
import java.util.Map;

import com.webauthn4j.util.exception.WebAuthnException;
import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.ProblemResponse;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's passkey registration ({@code /webauthn/register/options}, then
 * {@code /webauthn/register}) under the platform's rules: like every change of a second
 * factor it needs a recent sign-in ({@link RecentSignIn}), answered here with 403 and a
 * problem detail, which the page's script follows to the confirmation, since a script
 * cannot follow {@link RecentSignInFilter}'s redirect; and a passkey the server refuses
 * (a bad label, a failed verification, a passkey already registered) gets 400 with the
 * reason rather than an error page. It runs before Spring's own filters, the first of
 * which stands before the authorization.
 */
class PasskeyChangeGuard extends OncePerRequestFilter {

	static final String ADD_PAGE = "/account/passkeys/new";

	private static final Log logger = LogFactory.getLog(PasskeyChangeGuard.class);

	private static final RequestMatcher REGISTRATION = PathPatternRequestMatcher.withDefaults()
		.matcher("/webauthn/register/**");

	private static final RequestMatcher REGISTER = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/webauthn/register");

	private final RecentSignIn recent;

	private final AuditTrail audit;

	PasskeyChangeGuard(RecentSignIn recent, AuditTrail audit) {
		this.recent = recent;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !REGISTRATION.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && !this.recent.isRecent(session)) {
			ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					UserText.of("identity.passkeys.confirmFirst").in(request.getLocale()), Map.of("confirm",
							request.getContextPath() + RecentSignInFilter.CONFIRM_PAGE + "?next=" + ADD_PAGE));
			return;
		}
		if (!REGISTER.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (InvalidInputException ex) {
			refused(request, response, ex.problems().get(0).message(request.getLocale()), ex);
		}
		catch (WebAuthnException | IllegalArgumentException ex) {
			refused(request, response, UserText.of("identity.passkeys.refused").in(request.getLocale()), ex);
		}
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, String detail, RuntimeException ex)
			throws IOException {
		if (response.isCommitted()) {
			throw ex;
		}
		logger.info("Passkey not added: " + ex.getMessage());
		String username = CurrentUser.get().map(CurrentUser::username).orElse(null);
		this.audit.recordSecurityEvent("ADD_PASSKEY_REFUSED", username, "Passkey not added: " + ex.getMessage());
		response.resetBuffer();
		ProblemResponse.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", detail);
	}

}
