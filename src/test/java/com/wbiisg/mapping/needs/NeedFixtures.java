package com.wbiisg.mapping.needs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Real accounts for each way a user can stand towards a need of North Macedonia, and a
 * fresh open cycle on the seeded WBCTi framework.
 */
public final class NeedFixtures {

	/**
	 * The users of the needs tests, by how they stand towards a need of MK.
	 */
	public enum Who {

		SECRETARIAT, BOARD, OWNER, OTHER_BENEFICIARY, PILLAR_LEAD, GROUP_MEMBER, OUTSIDER

	}

	public static final String PASSWORD = "Needs-Test-Pass-1";

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final Map<Who, String> names = new EnumMap<>(Who.class);

	private final Map<Who, RequestPostProcessor> signedIn = new EnumMap<>(Who.class);

	private final long adoptedWbcti;

	public NeedFixtures(MockMvc mvc, UserDetailsService users, AccountAdministration accounts, Membership membership,
			Frameworks frameworks) {
		this.mvc = mvc;
		this.users = users;
		this.adoptedWbcti = frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED && version.version() == 1)
			.findFirst()
			.orElseThrow()
			.id();
		String run = UUID.randomUUID().toString().substring(0, 6);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("needs-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			account(accounts, membership, run, Who.SECRETARIAT, Role.SECRETARIAT, "RCC", null);
			account(accounts, membership, run, Who.BOARD, Role.BOARD, "EC", null);
			account(accounts, membership, run, Who.OWNER, Role.BENEFICIARY_FOCAL_POINT, "MK", "MK");
			account(accounts, membership, run, Who.OTHER_BENEFICIARY, Role.BENEFICIARY_FOCAL_POINT, "BA", "BA");
			account(accounts, membership, run, Who.PILLAR_LEAD, Role.PARTNER_FOCAL_POINT, "SI", null);
			account(accounts, membership, run, Who.GROUP_MEMBER, Role.PARTNER_FOCAL_POINT, "IT", null);
			account(accounts, membership, run, Who.OUTSIDER, Role.PARTNER_FOCAL_POINT, "MARRI", null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public RequestPostProcessor as(Who who) {
		return this.signedIn.computeIfAbsent(who, (w) -> user(this.users.loadUserByUsername(this.names.get(w))));
	}

	/**
	 * Runs the work as the user, signed in on this thread, as a service call sees them.
	 */
	public <T> T signedIn(Who who, Supplier<T> work) {
		UserDetails details = this.users.loadUserByUsername(username(who));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public String username(Who who) {
		return this.names.get(who);
	}

	/**
	 * A new open cycle on the adopted WBCTi framework.
	 */
	public long openCycle() throws Exception {
		String body = """
				{"frameworkId": %d, "name": "Test cycle %s", "opensOn": "2021-03-04", "closesOn": "2021-09-04"}"""
			.formatted(this.adoptedWbcti, UUID.randomUUID());
		String json = this.mvc.perform(
				post("/api/v1/cycles").with(as(Who.SECRETARIAT)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/**
	 * A draft need of MK under PRE.2.1, entered by its focal point.
	 */
	public long draft(long cycle, boolean restricted) throws Exception {
		return create(cycle, "MK", "PRE.2.1", Who.OWNER, "Train teachers and social workers on early signs",
				restricted);
	}

	public long create(long cycle, String partner, String measure, Who who, String title, boolean restricted)
			throws Exception {
		String body = """
				{"cycleId": %d, "measureCode": "%s", "partner": "%s", "title": "%s",
				 "description": "Multi-agency training for front-line practitioners.", "type": "operational",
				 "perspective": "prevention", "priority": "high", "institution": "MoI – Committee for CT & P/CVE",
				 "estimatedCostEur": 120000, "timeframe": "medium", "references": ["JAP2", "national strategy"],
				 "restricted": %s}""".formatted(cycle, measure, partner, title, restricted);
		String json = this.mvc
			.perform(post("/api/v1/needs").with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/**
	 * Moves a need with legal steps by the right people until it has the status wanted.
	 */
	public void bringTo(long need, NeedStatus status) throws Exception {
		List<String[]> steps = switch (status) {
			case DRAFT -> List.of();
			case SUBMITTED -> List.<String[]>of(new String[] { "SUBMIT", "OWNER" });
			case RETURNED -> List.of(new String[] { "SUBMIT", "OWNER" }, new String[] { "RETURN", "PILLAR_LEAD" });
			case VALIDATED -> List.of(new String[] { "SUBMIT", "OWNER" }, new String[] { "VALIDATE", "PILLAR_LEAD" });
			case ADOPTED -> List.of(new String[] { "SUBMIT", "OWNER" }, new String[] { "VALIDATE", "PILLAR_LEAD" },
					new String[] { "ADOPT", "SECRETARIAT" });
		};
		for (String[] step : steps) {
			transition(need, step[0], Who.valueOf(step[1]), "Checked in the test", "6th IISG Board, Sarajevo")
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		}
	}

	public org.springframework.test.web.servlet.ResultActions transition(long need, String action, Who who,
			@Nullable String reason, @Nullable String decision) throws Exception {
		String body = "{\"action\":\"%s\",\"reason\":%s,\"decision\":%s}".formatted(action.toLowerCase(), quote(reason),
				quote(decision));
		return this.mvc.perform(post("/api/v1/needs/" + need + "/transitions").with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String quote(@Nullable String text) {
		return (text == null) ? "null" : "\"" + text + "\"";
	}

	private void account(AccountAdministration accounts, Membership membership, String run, Who who, Role role,
			String organisation, @Nullable String partner) {
		String name = "needs." + who.name().toLowerCase().replace('_', '-') + "." + run;
		long org = membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals(organisation))
			.findFirst()
			.orElseThrow()
			.id();
		accounts.create(name, PASSWORD, new AccountData(name, name + "@needs.test", role, org, partner));
		this.names.put(who, name);
	}

}
