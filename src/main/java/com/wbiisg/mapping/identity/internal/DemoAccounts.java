package com.wbiisg.mapping.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of DESIGN.md §6, in the demo profile only. Their password is
 * {@code iisg.demo.password}; when it is unset, one is generated and printed at start-up.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountRepository accounts;

	private final Membership membership;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final DemoProperties properties;

	DemoAccounts(AccountRepository accounts, Membership membership, PasswordEncoder passwords, AuditTrail audit,
			Clock clock, DemoProperties properties) {
		this.accounts = accounts;
		this.membership = membership;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean generated = !this.properties.hasPassword();
		String password = generated ? generate() : this.properties.password();
		String hash = this.passwords.encode(password);
		Map<String, Long> orgs = this.membership.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::shortName, Organisation::id, (a, b) -> a));
		for (DemoAccount demo : demoAccounts()) {
			Long organisation = demo.organisation() == null ? null : orgs.get(demo.organisation());
			this.accounts.findByUsernameIgnoreCase(demo.username())
				.ifPresentOrElse((account) -> account.changePassword(hash), () -> {
					Account account = this.accounts.save(new Account(demo.username(), hash,
							new AccountData(demo.displayName(), demo.username() + "@demo.wb-iisg.invalid", demo.role(),
									organisation, demo.partner()),
							this.clock.instant()));
					this.audit.recordChange("SEED", AccountAdministration.RECORD, account.getId(),
							Changes.of().set("username", demo.username()).set("role", demo.role()));
				});
		}
		if (generated) {
			log.warn("""

					==================================================================
					 Demo accounts (secretariat, board, al.focal … rs.focal, si.focal,
					 at.focal, it.focal, uk.focal, osce.focal, giz.focal)
					 password for this run: {}
					 Set --iisg.demo.password=… (or IISG_DEMO_PASSWORD) to choose one.
					==================================================================""", password);
		}
	}

	static List<DemoAccount> demoAccounts() {
		Function<String, DemoAccount> beneficiary = (code) -> new DemoAccount(code.toLowerCase() + ".focal",
				"Focal point " + code + " (demo)", Role.BENEFICIARY_FOCAL_POINT, code, code);
		Function<String, DemoAccount> partner = (shortName) -> new DemoAccount(shortName.toLowerCase() + ".focal",
				"Focal point " + shortName + " (demo)", Role.PARTNER_FOCAL_POINT, shortName, null);
		return List.of(new DemoAccount("secretariat", "IISG Secretariat (demo)", Role.SECRETARIAT, "RCC", null),
				new DemoAccount("board", "Board member (demo)", Role.BOARD, "EC", null), beneficiary.apply("AL"),
				beneficiary.apply("BA"), beneficiary.apply("XK"), beneficiary.apply("ME"), beneficiary.apply("MK"),
				beneficiary.apply("RS"), partner.apply("SI"), partner.apply("AT"), partner.apply("IT"),
				partner.apply("UK"), partner.apply("OSCE"), partner.apply("GIZ"));
	}

	private static String generate() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	record DemoAccount(String username, String displayName, Role role, @Nullable String organisation,
			@Nullable String partner) {
	}

}
