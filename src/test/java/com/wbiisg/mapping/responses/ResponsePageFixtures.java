package com.wbiisg.mapping.responses;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.needs.internal.NeedEditing;
import com.wbiisg.mapping.needs.internal.NeedReview;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real accounts for the responses page tests (the Secretariat, the Board, partner focal
 * points of Austria, Slovenia and MARRI, beneficiary focal points of BA, RS and MK), an
 * open cycle on the adopted WBCTi framework, and factories for needs and projects. The
 * test context is shared, so names carry a unique suffix.
 */
final class ResponsePageFixtures {

	static final String PASSWORD = "Willow-Harbour-Compass-73";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final UserDetails secretariat;

	final UserDetails board;

	/**
	 * Austria's focal point: a member of the WBCTi working group.
	 */
	final UserDetails at;

	final UserDetails si;

	/**
	 * MARRI's focal point: a member organisation outside the WBCTi working group, which
	 * does not see restricted WBCTi needs.
	 */
	final UserDetails marri;

	final UserDetails ba;

	final UserDetails rs;

	final UserDetails mk;

	final CycleView cycle;

	private final Membership membership;

	ResponsePageFixtures(AccountAdministration accounts, UserDetailsService users, Membership membership,
			Frameworks frameworks, CycleAdministration cycles) {
		this.membership = membership;
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext setup = SecurityContextHolder.createEmptyContext();
		setup.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("responses-pages-setup", null,
				AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		SecurityContextHolder.setContext(setup);
		try {
			this.secretariat = account(accounts, users, "secretariat", Role.SECRETARIAT, "RCC", null);
			this.board = account(accounts, users, "board", Role.BOARD, "EC", null);
			this.at = account(accounts, users, "at", Role.PARTNER_FOCAL_POINT, "AT", null);
			this.si = account(accounts, users, "si", Role.PARTNER_FOCAL_POINT, "SI", null);
			this.marri = account(accounts, users, "marri", Role.PARTNER_FOCAL_POINT, "MARRI", null);
			this.ba = account(accounts, users, "ba", Role.BENEFICIARY_FOCAL_POINT, "BA", "BA");
			this.rs = account(accounts, users, "rs", Role.BENEFICIARY_FOCAL_POINT, "RS", "RS");
			this.mk = account(accounts, users, "mk", Role.BENEFICIARY_FOCAL_POINT, "MK", "MK");
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		long adopted = frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
			.findFirst()
			.orElseThrow()
			.id();
		this.cycle = as(this.secretariat, () -> cycles.open(adopted, unique("Responses cycle"),
				LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)));
	}

	String unique(String text) {
		return text + " " + this.suffix;
	}

	long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((org) -> org.shortName().equals(shortName))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * A need entered by its partner's focal point under PRE.2.1, submitted unless
	 * {@code draft}.
	 */
	long need(NeedEditing editing, NeedReview review, UserDetails owner, String partner, String title,
			boolean restricted, boolean draft) {
		long id = as(owner,
				() -> editing.create(new NeedInput(this.cycle.id(), "PRE.2.1", partner, title, null,
						NeedType.OPERATIONAL, Perspective.PREVENTION, Priority.HIGH, null, null, null, null, null,
						List.of(), restricted)))
			.id();
		if (!draft) {
			as(owner, () -> review.transition(id, NeedAction.SUBMIT, null, null));
		}
		return id;
	}

	/**
	 * A project that {@code reporter} registers through the service, funded by its own
	 * organisation (or Austria for the Secretariat) and implemented by DCAF.
	 */
	ProjectView project(ProjectRegistry registry, UserDetails reporter, String funder, String title,
			List<String> partners, boolean publicListed, @Nullable Integer year) {
		return as(reporter,
				() -> registry.register(new ProjectInput(title, "Registered by the test.", null, null,
						List.of(new ProjectInput.Participation(organisation(funder), OrganisationRole.FUNDING),
								new ProjectInput.Participation(organisation("DCAF"), OrganisationRole.IMPLEMENTING)),
						partners, List.of("WBCTi"), List.of("PRE"), new java.math.BigDecimal("100000"), "EUR", null,
						List.of(), LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null, null,
						ProjectStatus.IMPLEMENTATION, (year == null) ? List.of() : List.of(year), publicListed)));
	}

	/**
	 * Runs a service call as the given account, then puts back whoever was signed in.
	 */
	static <T> T as(UserDetails user, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private UserDetails account(AccountAdministration accounts, UserDetailsService users, String prefix, Role role,
			String organisation, @Nullable String partner) {
		String username = "responses." + prefix + "." + this.suffix;
		accounts.create(username, PASSWORD, new AccountData("Test " + username, username + "@test.invalid", role,
				organisation(organisation), partner));
		return users.loadUserByUsername(username);
	}

}
