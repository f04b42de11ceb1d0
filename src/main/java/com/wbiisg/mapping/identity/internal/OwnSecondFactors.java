package com.wbiisg.mapping.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own second factors on <em>My account</em>: enrolling the authenticator app
 * (confirmed with a code before it is kept), new recovery codes, removing the app. Each
 * change is audited and ends the user's other sessions; removing the last factor of an
 * account that must use one is refused.
 */
@Service
@Transactional
public class OwnSecondFactors {

	private static final String ISSUER = "IISG";

	private final TotpFactor totp;

	private final RecoveryCodes recovery;

	private final SecondFactorRule rule;

	private final AuditTrail audit;

	private final SignedInSessions sessions;

	private final SecurityChanges changes;

	OwnSecondFactors(TotpFactor totp, RecoveryCodes recovery, SecondFactorRule rule, AuditTrail audit,
			SignedInSessions sessions, SecurityChanges changes) {
		this.changes = changes;
		this.totp = totp;
		this.recovery = recovery;
		this.rule = rule;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * A new secret for the user's authenticator app, not kept until it is confirmed.
	 */
	public byte[] newSecret() {
		return this.totp.newSecret();
	}

	/**
	 * The {@code otpauth://} address of the secret, as authenticator apps read it from
	 * the QR code.
	 */
	public static String enrolmentAddress(CurrentUser user, byte[] secret) {
		String label = URLEncoder.encode(ISSUER + ":" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.getSeconds();
	}

	public static String qrCode(String address) {
		return QrCodes.svgDataUri(address);
	}

	/**
	 * Keeps the secret when the code is one of it, makes new recovery codes and answers
	 * them; the user's other sessions end.
	 * @throws InvalidInputException on {@code code} when it is not the secret's
	 */
	public List<String> enrolTotp(CurrentUser user, byte[] secret, @Nullable String code,
			@Nullable String keptSessionId) {
		if (code == null || !this.totp.enrol(user.accountId(), secret, code)) {
			this.audit.recordChange("ENROL_TOTP", AccountAdministration.RECORD, user.accountId(),
					Changes.of().set("outcome", "wrong code"));
			throw new InvalidInputException("code", UserText.of("identity.factors.wrongCode"));
		}
		List<String> codes = this.recovery.renew(user.accountId());
		this.audit.recordChange("ENROL_TOTP", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("outcome", "enrolled").set("recoveryCodes", codes.size()));
		this.sessions.endOthersOf(user.accountId(), keptSessionId);
		this.changes.changed(user.accountId(), Change.AUTHENTICATOR_ADDED);
		return codes;
	}

	/**
	 * New recovery codes in place of the earlier ones; only with a factor to recover.
	 */
	public List<String> renewRecoveryCodes(CurrentUser user, @Nullable String keptSessionId) {
		if (!this.rule.enrolledAny(user)) {
			throw new ConflictException(UserText.of("identity.factors.nothingToRecover"));
		}
		List<String> codes = this.recovery.renew(user.accountId());
		this.audit.recordChange("RENEW_RECOVERY_CODES", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("recoveryCodes", codes.size()));
		this.sessions.endOthersOf(user.accountId(), keptSessionId);
		this.changes.changed(user.accountId(), Change.RECOVERY_CODES_RENEWED);
		return codes;
	}

	/**
	 * Removes the authenticator app, with the recovery codes when no factor is left.
	 * @throws ConflictException when the account must use a second factor and this is its
	 * last
	 */
	public void removeTotp(CurrentUser user, @Nullable String keptSessionId) {
		if (!this.totp.enrolled(user.accountId())) {
			return;
		}
		this.totp.remove(user.accountId());
		boolean others = this.rule.enrolledAny(user);
		if (!others && this.rule.obliged(user)) {
			throw new ConflictException(UserText.of("identity.factors.lastFactor"));
		}
		if (!others) {
			this.recovery.delete(user.accountId());
		}
		this.audit.recordChange("REMOVE_TOTP", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("otherFactors", others));
		this.sessions.endOthersOf(user.accountId(), keptSessionId);
		this.changes.changed(user.accountId(), Change.AUTHENTICATOR_REMOVED);
	}

	public boolean hasTotp(CurrentUser user) {
		return this.totp.enrolled(user.accountId());
	}

	public int recoveryCodesLeft(CurrentUser user) {
		return this.recovery.left(user.accountId());
	}

	public boolean obliged(CurrentUser user) {
		return this.rule.obliged(user);
	}

}
