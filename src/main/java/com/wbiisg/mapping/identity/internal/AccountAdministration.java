package com.wbiisg.mapping.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat manages user accounts: create, change, disable and enable (which also
 * unlocks), reset a password.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class AccountAdministration {

	/**
	 * The record type of accounts in the audit trail.
	 */
	public static final String RECORD = "Account";

	private static final RecordType ACCOUNT = RecordType.of(RECORD, "identity.record.account");

	/**
	 * What a user name may be.
	 */
	public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	/**
	 * The rule of {@link #USERNAME} in words.
	 */
	public static final UserText USERNAME_RULE = UserText.of("identity.account.usernameRule");

	private final AccountRepository accounts;

	private final Membership membership;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final SignedInSessions sessions;

	private final SignInThrottle throttle;

	private final SecurityChanges changes;

	AccountAdministration(AccountRepository accounts, Membership membership, PasswordEncoder passwords,
			AuditTrail audit, Clock clock, SignedInSessions sessions, SignInThrottle throttle,
			SecurityChanges changes) {
		this.changes = changes;
		this.sessions = sessions;
		this.throttle = throttle;
		this.accounts = accounts;
		this.membership = membership;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> list() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException(ACCOUNT, id));
	}

	public Account create(String username, String password, AccountData data) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			problems.add(new FieldProblem("username", USERNAME_RULE));
		}
		else if (this.accounts.findByUsernameIgnoreCase(name).isPresent()) {
			problems.add(new FieldProblem("username", UserText.of("identity.account.usernameTaken", name)));
		}
		PasswordPolicy.check(problems, "password", password, name, Inputs.text(data.email()));
		AccountData clean = check(problems, data, null);
		InvalidInputException.throwIfAny(problems);
		Account account = this.accounts
			.saveAndFlush(new Account(name, this.passwords.encode(password), clean, this.clock.instant()));
		this.audit.recordChange("CREATE", RECORD, account.getId(), describe(null, account).set("username", name));
		return account;
	}

	public Account update(long id, long expectedVersion, AccountData data) {
		Account account = get(id);
		if (account.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(ACCOUNT, id, expectedVersion, account.getVersion());
		}
		List<FieldProblem> problems = new ArrayList<>();
		AccountData clean = check(problems, data, id);
		InvalidInputException.throwIfAny(problems);
		AccountData before = snapshot(account);
		account.apply(clean);
		this.accounts.saveAndFlush(account);
		this.audit.recordChange("UPDATE", RECORD, id, describe(before, account));
		this.sessions.endAllOf(id);
		return account;
	}

	public void disable(long id) {
		Account account = get(id);
		account.disable();
		this.sessions.endAllOf(id);
		this.audit.recordChange("DISABLE", RECORD, id, Changes.of().field("enabled", true, false));
	}

	/**
	 * Until when sign-ins of the account are held back from some client address after
	 * failures there, if they are.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> signInsHeldBackUntil(Account account) {
		return this.throttle.latestBlockOf(account.getUsername());
	}

	/**
	 * Enables the account and unlocks it: its sign-ins are no longer held back from any
	 * address.
	 */
	public void enable(long id) {
		Account account = get(id);
		account.enable();
		this.throttle.unlock(account.getUsername());
		this.audit.recordChange("ENABLE", RECORD, id, Changes.of().field("enabled", false, true));
	}

	public void resetPassword(long id, String password) {
		Account account = get(id);
		List<FieldProblem> problems = new ArrayList<>();
		PasswordPolicy.check(problems, "password", password, account.getUsername(), account.getEmail());
		InvalidInputException.throwIfAny(problems);
		account.changePassword(this.passwords.encode(password));
		this.audit.recordChange("RESET_PASSWORD", RECORD, id, Changes.of().set("password", "(changed)"));
		this.changes.changed(id, Change.PASSWORD_RESET);
	}

	private AccountData check(List<FieldProblem> problems, AccountData data, @Nullable Long id) {
		problems.addAll(RecordValidation.problems(data));
		String displayName = Inputs.text(data.displayName());
		String email = Inputs.text(data.email());
		if (email != null && AccountData.EMAIL.matcher(email).matches()) {
			this.accounts.findByEmailIgnoreCase(email)
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> problems
					.add(new FieldProblem("email", UserText.of("identity.account.emailTaken", email))));
		}
		Role role = data.role();
		if (role == null) {
			problems.add(new FieldProblem("role", UserText.of("identity.account.roleRequired")));
			return data;
		}
		Long organisationId = data.organisationId();
		if (organisationId != null && this.membership.organisation(organisationId).isEmpty()) {
			problems.add(new FieldProblem("organisationId",
					UserText.of("identity.account.unknownOrganisation", organisationId)));
		}
		else if (organisationId == null && role.needsOrganisation()) {
			problems.add(new FieldProblem("organisationId", UserText.of("identity.account.organisationRequired")));
		}
		String partner = (data.partnerCode() == null || data.partnerCode().isBlank()) ? null
				: data.partnerCode().trim();
		if (role.needsPartner() && partner == null) {
			problems.add(new FieldProblem("partnerCode", UserText.of("identity.account.partnerRequired")));
		}
		else if (!role.needsPartner() && partner != null) {
			problems.add(new FieldProblem("partnerCode", UserText.of("identity.account.partnerNotAllowed")));
		}
		else if (partner != null && this.membership.partner(partner).isEmpty()) {
			problems.add(new FieldProblem("partnerCode", UserText.of("identity.account.unknownPartner", partner)));
		}
		return new AccountData(displayName, email, role, organisationId, partner);
	}

	private static AccountData snapshot(Account account) {
		return new AccountData(account.getDisplayName(), account.getEmail(), account.getRole(),
				account.getOrganisationId(), account.getPartnerCode());
	}

	private static Changes describe(@Nullable AccountData before, Account after) {
		return Changes.of()
			.field("displayName", before == null ? null : before.displayName(), after.getDisplayName())
			.field("email", before == null ? null : before.email(), after.getEmail())
			.field("role", before == null ? null : before.role(), after.getRole())
			.field("organisationId", before == null ? null : before.organisationId(), after.getOrganisationId())
			.field("partnerCode", before == null ? null : before.partnerCode(), after.getPartnerCode());
	}

}
