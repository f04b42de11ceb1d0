package com.wbiisg.mapping.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.needs.internal.NeedQueries;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real accounts of every kind for the needs page tests, an open cycle on the adopted
 * WBCTi framework, and its measures. The test context is shared, so names are unique.
 */
final class NeedPageFixtures {

	static final String PASSWORD = "Plum-Orchard-Lantern-42";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final UserDetails secretariat;

	final UserDetails board;

	final UserDetails mk;

	final UserDetails ba;

	final UserDetails si;

	/**
	 * A partner focal point whose organisation leads no working group. Not Italy: other
	 * test classes sharing the context make Italy a lead.
	 */
	final UserDetails nonLead;

	final UserDetails observer;

	final long adoptedWbcti;

	final long draftFramework;

	final List<String> measures;

	final CycleView cycle;

	NeedPageFixtures(AccountAdministration accounts, UserDetailsService users, Membership membership,
			Frameworks frameworks, CycleAdministration cycles) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext setup = SecurityContextHolder.createEmptyContext();
		setup.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("needs-pages-setup", null,
				AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		SecurityContextHolder.setContext(setup);
		try {
			this.secretariat = account(accounts, users, membership, "secretariat", Role.SECRETARIAT, "RCC", null);
			this.board = account(accounts, users, membership, "board", Role.BOARD, "EC", null);
			this.mk = account(accounts, users, membership, "mk", Role.BENEFICIARY_FOCAL_POINT, "MK", "MK");
			this.ba = account(accounts, users, membership, "ba", Role.BENEFICIARY_FOCAL_POINT, "BA", "BA");
			this.si = account(accounts, users, membership, "si", Role.PARTNER_FOCAL_POINT, "SI", null);
			this.nonLead = account(accounts, users, membership, "dcaf", Role.PARTNER_FOCAL_POINT, "DCAF", null);
			this.observer = account(accounts, users, membership, "observer", Role.OBSERVER, "GR", null);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		this.adoptedWbcti = frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
			.findFirst()
			.orElseThrow()
			.id();
		this.draftFramework = frameworks.versions("WBCSCi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.DRAFT)
			.findFirst()
			.orElseThrow()
			.id();
		this.measures = frameworks.tree(this.adoptedWbcti)
			.flatten()
			.stream()
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.map(FrameworkTree.Node::code)
			.toList();
		this.cycle = openCycle(cycles, "Pages");
	}

	/**
	 * A new open cycle on the adopted WBCTi framework, for a test that needs one of its
	 * own.
	 */
	CycleView openCycle(CycleAdministration cycles, String name) {
		return as(this.secretariat, () -> cycles.open(this.adoptedWbcti, unique(name), LocalDate.of(2031, 1, 1),
				LocalDate.of(2031, 12, 31)));
	}

	String unique(String text) {
		return text + " " + this.suffix;
	}

	/**
	 * The id of the need of the cycle with this title, as the Secretariat finds it.
	 */
	long needId(NeedQueries queries, String title) {
		return needId(queries, this.cycle, title);
	}

	long needId(NeedQueries queries, CycleView cycle, String title) {
		return as(this.secretariat, () -> queries.all(new NeedFilter(cycle.id(), null, null, null, null, null, title)))
			.stream()
			.filter((need) -> need.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
	}

	NeedView need(NeedQueries queries, long id) {
		return as(this.secretariat, () -> queries.get(id));
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

	private UserDetails account(AccountAdministration accounts, UserDetailsService users, Membership membership,
			String prefix, Role role, String organisation, String partner) {
		String username = "pages." + prefix + "." + this.suffix;
		long organisationId = membership.organisations()
			.stream()
			.filter((org) -> org.shortName().equals(organisation))
			.findFirst()
			.orElseThrow()
			.id();
		accounts.create(username, PASSWORD,
				new AccountData("Test " + username, username + "@test.invalid", role, organisationId, partner));
		return users.loadUserByUsername(username);
	}

}
