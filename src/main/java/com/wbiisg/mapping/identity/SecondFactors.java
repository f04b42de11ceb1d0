package com.wbiisg.mapping.identity;

import java.io.Serializable;
import java.util.List;

import com.wbiisg.mapping.identity.internal.Base32;
import com.wbiisg.mapping.identity.internal.OwnSecondFactors;
import com.wbiisg.mapping.identity.internal.SecondFactorAdministration;
import com.wbiisg.mapping.identity.internal.SecondFactorRule;
import com.wbiisg.mapping.identity.internal.SecondFactorStep;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Second factors as the pages see them: the step after the password, the enrolment of an
 * authenticator app with its recovery codes on <em>My account</em>, and the Secretariat's
 * reset. The rules, the audit and the ending of other sessions are those of the identity
 * module's inside ({@code SecondFactorRule}, {@code OwnSecondFactors},
 * {@code SecondFactorStep}, {@code SecondFactorAdministration}).
 */
@Service
public class SecondFactors {

	/**
	 * How a code given at the step was taken.
	 */
	public enum Outcome {

		ACCEPTED, WRONG, THROTTLED

	}

	/**
	 * What <em>My account</em> shows of the user's factors: whether an authenticator app
	 * is enrolled, and any factor at all (an app or a passkey), which recovery codes
	 * stand in for.
	 */
	public record Overview(boolean authenticatorApp, boolean anyFactor, int recoveryCodesLeft, boolean obliged) {
	}

	/**
	 * An authenticator app's enrolment in progress: the secret (base32, as typed into an
	 * app), its {@code otpauth://} address and that address as a QR code image.
	 */
	public record Enrolment(String secret, String address, String qrCode) implements Serializable {
	}

	private final OwnSecondFactors own;

	private final SecondFactorStep step;

	private final SecondFactorRule rule;

	private final SecondFactorAdministration administration;

	SecondFactors(OwnSecondFactors own, SecondFactorStep step, SecondFactorRule rule,
			SecondFactorAdministration administration) {
		this.own = own;
		this.step = step;
		this.rule = rule;
		this.administration = administration;
	}

	public Overview overview(CurrentUser user) {
		return new Overview(this.own.hasTotp(user), this.rule.enrolledAny(user), this.own.recoveryCodesLeft(user),
				this.own.obliged(user));
	}

	/**
	 * Whether the account has no second factor yet, so that it must enrol one before it
	 * can give one.
	 */
	public boolean mustEnrol(CurrentUser user) {
		return !this.rule.enrolledAny(user);
	}

	/**
	 * Whether the current session gave a second factor besides the password.
	 */
	public static boolean sessionHasSecondFactor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority() != null && authority.getAuthority().startsWith("FACTOR_")
					&& !authority.getAuthority().equals("FACTOR_PASSWORD"));
	}

	public Enrolment newEnrolment(CurrentUser user) {
		byte[] secret = this.own.newSecret();
		String address = OwnSecondFactors.enrolmentAddress(user, secret);
		return new Enrolment(Base32.encode(secret), address, OwnSecondFactors.qrCode(address));
	}

	/**
	 * Keeps the authenticator app whose secret was shown when the code is one of it; the
	 * session counts as signed in with it, the user's other sessions end.
	 * @return the new recovery codes, to be shown once
	 */
	public List<String> enrol(CurrentUser user, @Nullable String secret, @Nullable String code,
			HttpServletRequest request, HttpServletResponse response) {
		if (secret == null) {
			throw new InvalidInputException("code", UserText.of("identity.factors.startAgain"));
		}
		List<String> codes = this.own.enrolTotp(user, Base32.decode(secret), code, sessionId(request));
		this.step.grant(SecondFactorRule.TOTP_AUTHORITY, request, response);
		return codes;
	}

	public List<String> renewRecoveryCodes(CurrentUser user, HttpServletRequest request) {
		return this.own.renewRecoveryCodes(user, sessionId(request));
	}

	public void removeAuthenticatorApp(CurrentUser user, HttpServletRequest request) {
		this.own.removeTotp(user, sessionId(request));
	}

	/**
	 * Checks a code at the step after the password and completes the sign-in when it is
	 * right.
	 */
	public Outcome complete(CurrentUser user, @Nullable String code, boolean recoveryCode, HttpServletRequest request,
			HttpServletResponse response) {
		String typed = (code != null) ? code.trim() : "";
		return switch (this.step.complete(user, typed, recoveryCode, request, response)) {
			case ACCEPTED -> Outcome.ACCEPTED;
			case WRONG -> Outcome.WRONG;
			case THROTTLED -> Outcome.THROTTLED;
		};
	}

	/**
	 * The Secretariat removes the user's second factors (audited, the user's sessions
	 * ended, {@link SecondFactorsReset} published).
	 */
	public void reset(long accountId) {
		this.administration.reset(accountId);
	}

	private static @Nullable String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

}
