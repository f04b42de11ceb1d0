package com.wbiisg.mapping.identity.internal;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat resets a user's second factors when the user lost them: the
 * authenticator app and the recovery codes are removed, {@link SecondFactorsReset} tells
 * the keepers of other factors (the passkeys) to remove theirs, and the user's sessions
 * end. The user then enrols anew at the next sign-in. There is no mail yet to tell the
 * user (issue 20): the notice is recorded in the audit trail, for the Secretariat to pass
 * on.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class SecondFactorAdministration {

	private static final RecordType ACCOUNT = RecordType.of(AccountAdministration.RECORD, "identity.record.account");

	private final AccountRepository accounts;

	private final TotpFactor totp;

	private final RecoveryCodes recovery;

	private final AuditTrail audit;

	private final SignedInSessions sessions;

	private final SecurityChanges changes;

	SecondFactorAdministration(AccountRepository accounts, TotpFactor totp, RecoveryCodes recovery, AuditTrail audit,
			SignedInSessions sessions, SecurityChanges changes) {
		this.accounts = accounts;
		this.totp = totp;
		this.recovery = recovery;
		this.audit = audit;
		this.sessions = sessions;
		this.changes = changes;
	}

	public void reset(long accountId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFoundException(ACCOUNT, accountId));
		boolean hadTotp = this.totp.remove(accountId);
		this.recovery.delete(accountId);
		this.changes.factorsReset(accountId, account.getUsername());
		int ended = this.sessions.endAllOf(accountId);
		this.audit.recordChange("RESET_SECOND_FACTORS", AccountAdministration.RECORD, accountId,
				Changes.of().set("authenticatorApp", hadTotp).set("sessions", ended));
	}

}
