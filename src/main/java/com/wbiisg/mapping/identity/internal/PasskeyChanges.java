package com.wbiisg.mapping.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.PasskeyView;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.identity.SecondFactorsReset;
import com.wbiisg.mapping.identity.internal.RecordedCredentials.PasskeyAdded;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What changes a user's passkeys, and what follows: each passkey added or removed is
 * audited and signs out the user's other sessions (a stolen session cannot add a passkey
 * of its own and stay), a removal is only of the user's own passkeys, and a reset of the
 * user's second factors by the Secretariat ({@link SecondFactorsReset}) removes them all.
 * A passkey belongs to the WebAuthn user entity whose name is the account's user name.
 */
@Service
@Transactional
public class PasskeyChanges {

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository users;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final SignedInSessions sessions;

	private final SecurityChanges changes;

	PasskeyChanges(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository users,
			AccountRepository accounts, AuditTrail audit, SignedInSessions sessions, SecurityChanges changes) {
		this.changes = changes;
		this.credentials = credentials;
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * The passkeys of the account of that user name, the most recently added first.
	 */
	@Transactional(readOnly = true)
	public List<PasskeyView> of(String username) {
		return recordsOf(username).stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated).reversed())
			.map(PasskeyChanges::view)
			.toList();
	}

	/**
	 * Removes the user's own passkey of that id and ends their other sessions; answers
	 * false, audited, when the user has none of that id.
	 */
	public boolean remove(CurrentUser user, String id, @Nullable String keptSessionId) {
		Optional<CredentialRecord> own = recordsOf(user.username()).stream()
			.filter((record) -> record.getCredentialId().toBase64UrlString().equals(id))
			.findFirst();
		if (own.isEmpty()) {
			this.audit.recordSecurityEvent("REMOVE_PASSKEY_REFUSED", user.username(),
					"No passkey of this user has the id " + abbreviated(id));
			return false;
		}
		this.credentials.delete(own.get().getCredentialId());
		this.audit.recordChange("REMOVE_PASSKEY", AccountAdministration.RECORD, user.accountId(),
				Changes.of().set("passkey", own.get().getLabel()));
		this.sessions.endOthersOf(user.accountId(), keptSessionId);
		this.changes.changed(user.accountId(), Change.PASSKEY_REMOVED, own.get().getLabel());
		return true;
	}

	/**
	 * Removes every passkey of the account of that user name and its WebAuthn user
	 * entity; answers how many passkeys there were.
	 */
	public int removeAllOf(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			return 0;
		}
		int removed = this.credentials.findByUserId(user.getId()).size();
		this.users.delete(user.getId());
		this.accounts.findByUsernameIgnoreCase(username).ifPresent((account) -> {
			this.audit.recordChange("REMOVE_ALL_PASSKEYS", AccountAdministration.RECORD, account.getId(),
					Changes.of().set("passkeys", removed));
			this.sessions.endAllOf(account.getId());
		});
		return removed;
	}

	/**
	 * A passkey added through Spring Security's registration: audited, and the user's
	 * other sessions end; the session that added it stays.
	 */
	@EventListener
	void on(PasskeyAdded added) {
		PublicKeyCredentialUserEntity user = this.users.findById(Bytes.fromBase64(added.userEntityId()));
		if (user == null) {
			return;
		}
		this.accounts.findByUsernameIgnoreCase(user.getName()).ifPresent((account) -> {
			this.audit.recordChange("ADD_PASSKEY", AccountAdministration.RECORD, account.getId(),
					Changes.of().set("passkey", added.label()));
			this.sessions.endOthersOf(account.getId(), currentSessionId());
			this.changes.changed(account.getId(), Change.PASSKEY_ADDED, added.label());
		});
	}

	/**
	 * The Secretariat reset the user's second factors: their passkeys go.
	 */
	@ApplicationModuleListener
	void on(SecondFactorsReset reset) {
		removeAllOf(reset.username());
	}

	private List<CredentialRecord> recordsOf(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		return (user != null) ? this.credentials.findByUserId(user.getId()) : List.of();
	}

	private static PasskeyView view(CredentialRecord record) {
		return new PasskeyView(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
				record.getLastUsed());
	}

	private static String abbreviated(String id) {
		return (id.length() > 40) ? id.substring(0, 40) + "…" : id;
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
