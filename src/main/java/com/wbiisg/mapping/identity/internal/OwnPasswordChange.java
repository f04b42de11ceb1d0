package com.wbiisg.mapping.identity.internal;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one is checked, the new one follows the
 * {@link PasswordPolicy}, every other signed-in session of the user ends, and the owner
 * is told by mail.
 */
@Service
@Transactional
public class OwnPasswordChange {

	private static final RecordType ACCOUNT = RecordType.of(AccountAdministration.RECORD, "identity.record.account");

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final SignedInSessions sessions;

	private final SecurityChanges changes;

	OwnPasswordChange(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit,
			SignedInSessions sessions, SecurityChanges changes) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
		this.changes = changes;
	}

	/**
	 * Changes the password of the account, and ends its sessions other than the one named
	 * {@code keptSessionId}. A wrong current password is audited as
	 * {@code PASSWORD_CHANGE_FAILED} and answered with a problem on
	 * {@code currentPassword}.
	 */
	public void change(long accountId, @Nullable String currentPassword, @Nullable String newPassword,
			@Nullable String keptSessionId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFoundException(ACCOUNT, accountId));
		List<FieldProblem> problems = new ArrayList<>();
		if (currentPassword == null || currentPassword.isEmpty()
				|| !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			this.audit.recordSecurityEvent("PASSWORD_CHANGE_FAILED", account.getUsername(),
					"Own password not changed: wrong current password");
			problems.add(new FieldProblem("currentPassword", UserText.of("identity.password.currentWrong")));
		}
		PasswordPolicy.check(problems, "newPassword", newPassword, account.getUsername(), account.getEmail());
		InvalidInputException.throwIfAny(problems);
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.recordChange("CHANGE_PASSWORD", AccountAdministration.RECORD, accountId,
				Changes.of().set("password", "(changed)"));
		this.sessions.endOthersOf(accountId, keptSessionId);
		this.changes.changed(accountId, Change.PASSWORD_CHANGED);
	}

}
