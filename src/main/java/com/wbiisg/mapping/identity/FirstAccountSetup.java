package com.wbiisg.mapping.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.identity.internal.AccountRepository;
import com.wbiisg.mapping.identity.internal.PasswordPolicy;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a platform without any account, prints a one-time setup token at start-up; whoever
 * holds it creates the first Secretariat account at {@code /setup}. The token works once.
 */
@Service
public class FirstAccountSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstAccountSetup.class);

	private final AtomicReference<@Nullable String> token = new AtomicReference<>();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	FirstAccountSetup(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void offerSetup() {
		if (this.accounts.count() > 0) {
			return;
		}
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.token.set(fresh);
		log.warn("""

				==================================================================
				 No account exists yet. Create the first Secretariat account at
				 /setup with this one-time setup token: {}
				==================================================================""", fresh);
	}

	/**
	 * The token printed at start-up, for tests that play the operator reading the log.
	 */
	@Nullable String currentToken() {
		return this.token.get();
	}

	public boolean isOpen(@Nullable String candidate) {
		String expected = this.token.get();
		return expected != null && candidate != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Creates the first Secretariat account and closes the setup for good.
	 */
	@Transactional
	public synchronized void createFirstAccount(String candidate, String username, String displayName, String email,
			String password) {
		if (!isOpen(candidate) || this.accounts.count() > 0) {
			throw new ConflictException(UserText.of("identity.setup.refused"));
		}
		FirstAccount fields = new FirstAccount(username, displayName, email);
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(fields, "username"));
		String name = Inputs.text(username);
		if (name != null && !AccountAdministration.USERNAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
			problems.add(new FieldProblem("username", AccountAdministration.USERNAME_RULE));
		}
		problems.addAll(RecordValidation.problems(fields, "displayName", "email"));
		String display = Inputs.text(displayName);
		String mail = Inputs.text(email);
		PasswordPolicy.check(problems, "password", password, (name == null) ? "" : name.toLowerCase(Locale.ROOT), mail);
		InvalidInputException.throwIfAny(problems);
		Account account = this.accounts.save(new Account(name.toLowerCase(Locale.ROOT), this.passwords.encode(password),
				new AccountData(display, mail, Role.SECRETARIAT, null, null), this.clock.instant()));
		this.token.set(null);
		this.audit.recordChange("SETUP", AccountAdministration.RECORD, account.getId(),
				Changes.of().set("username", account.getUsername()).set("role", Role.SECRETARIAT));
	}

	/**
	 * The texts of the first account, with their checks; the rule of user names is
	 * checked between those of the user name and the others, as it always was.
	 */
	private record FirstAccount(
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_USERNAME) @Nullable String username,
			@NotBlank(
					message = RecordValidation.REQUIRED) @MaxLength(AccountData.MAX_DISPLAY_NAME) @Nullable String displayName,
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(AccountData.MAX_EMAIL) @Nullable String email) {

		static final int MAX_USERNAME = 60;

	}

}
