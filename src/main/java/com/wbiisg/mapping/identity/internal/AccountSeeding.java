package com.wbiisg.mapping.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the accounts of a data file at start-up, before anyone can sign in to create
 * them, or gives the existing ones the password of this run. It sets passwords without a
 * signed-in Secretariat, so it exists in the demo profile only; creations are audited as
 * "SEED" by the system.
 */
@Service
@Profile("demo")
@Transactional
public class AccountSeeding {

	private final AccountRepository accounts;

	private final Membership membership;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	AccountSeeding(AccountRepository accounts, Membership membership, PasswordEncoder passwords, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.membership = membership;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates each missing account with the password, and sets the password of those that
	 * exist; an organisation is named by its short name.
	 */
	public void seed(List<Seeded> wanted, String password) {
		String hash = this.passwords.encode(password);
		Map<String, Long> organisations = this.membership.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::shortName, Organisation::id, (a, b) -> a));
		for (Seeded seeded : wanted) {
			Long organisation = (seeded.organisation() == null) ? null : organisations.get(seeded.organisation());
			this.accounts.findByUsernameIgnoreCase(seeded.username())
				.ifPresentOrElse((account) -> account.changePassword(hash), () -> {
					Account account = this.accounts
						.save(new Account(seeded.username(), hash, new AccountData(seeded.displayName(), seeded.email(),
								seeded.role(), organisation, seeded.partner()), this.clock.instant()));
					this.audit.recordChange("SEED", AccountAdministration.RECORD, account.getId(),
							Changes.of().set("username", seeded.username()).set("role", seeded.role()));
				});
		}
	}

	/**
	 * An account: its organisation by short name, and for a beneficiary focal point its
	 * WB partner.
	 */
	public record Seeded(String username, String displayName, String email, Role role, @Nullable String organisation,
			@Nullable String partner) {
	}

}
