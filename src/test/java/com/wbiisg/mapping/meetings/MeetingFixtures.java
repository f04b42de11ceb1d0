package com.wbiisg.mapping.meetings;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Real accounts for each way a user stands towards the calendar (the Secretariat, a Board
 * member, North Macedonia's and Bosnia and Herzegovina's focal points, Austria's focal
 * point, an observer), and meetings planned through the API.
 */
final class MeetingFixtures {

	enum Who {

		SECRETARIAT, BOARD, MK, BA, AT, OBSERVER

	}

	static final String PASSWORD = "Meetings-Test-Pass-1";

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final Membership membership;

	private final Map<Who, String> names = new EnumMap<>(Who.class);

	private final Map<Who, Long> ids = new EnumMap<>(Who.class);

	private final Map<Who, RequestPostProcessor> signedIn = new EnumMap<>(Who.class);

	MeetingFixtures(MockMvc mvc, UserDetailsService users, AccountAdministration accounts, Membership membership) {
		this.mvc = mvc;
		this.users = users;
		this.membership = membership;
		String run = UUID.randomUUID().toString().substring(0, 6);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("meetings-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			account(accounts, run, Who.SECRETARIAT, Role.SECRETARIAT, "RCC", null);
			account(accounts, run, Who.BOARD, Role.BOARD, "EC", null);
			account(accounts, run, Who.MK, Role.BENEFICIARY_FOCAL_POINT, "MK", "MK");
			account(accounts, run, Who.BA, Role.BENEFICIARY_FOCAL_POINT, "BA", "BA");
			account(accounts, run, Who.AT, Role.PARTNER_FOCAL_POINT, "AT", null);
			account(accounts, run, Who.OBSERVER, Role.OBSERVER, "GR", null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	RequestPostProcessor as(Who who) {
		return this.signedIn.computeIfAbsent(who, (w) -> user(this.users.loadUserByUsername(this.names.get(w))));
	}

	String username(Who who) {
		return this.names.get(who);
	}

	long accountId(Who who) {
		return this.ids.get(who);
	}

	long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals(shortName))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * The body of a meeting in Skopje on 5 May 2021, 09:00–17:00 local time, co-hosted by
	 * North Macedonia; {@code extra} adds or replaces fields (JSON without braces).
	 */
	String body(String title, String status, boolean restricted, @Nullable String extra) {
		return """
				{"kind": "pillar_sg", "title": "%s", "initiatives": ["WBCTi"],
				 "start": "2021-05-05T09:00", "end": "2021-05-05T17:00", "timeZone": "Europe/Skopje",
				 "city": "Skopje", "partner": "MK", "format": "in_person", "hostId": %d, "coHostIds": [%d],
				 "status": "%s", "restricted": %s%s}""".formatted(title, organisation("RCC"), organisation("MK"),
				status, restricted, (extra == null) ? "" : ", " + extra);
	}

	ResultActions plan(Who who, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/meetings").with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/**
	 * A new meeting planned by the Secretariat, and its id.
	 */
	long meeting(String title, String status, boolean restricted) throws Exception {
		String json = plan(Who.SECRETARIAT,
				body(title + " " + UUID.randomUUID().toString().substring(0, 6), status, restricted, null))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	long version(long meeting) throws Exception {
		String json = this.mvc.perform(get("/api/v1/meetings/" + meeting).with(as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.version")).longValue();
	}

	ResultActions update(long meeting, String body) throws Exception {
		return this.mvc.perform(put("/api/v1/meetings/" + meeting).with(as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions decide(long meeting, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/meetings/" + meeting + "/decisions").with(as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions assign(long meeting, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/meetings/" + meeting + "/actions").with(as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	private void account(AccountAdministration accounts, String run, Who who, Role role, String organisation,
			@Nullable String partner) {
		String name = "meetings." + who.name().toLowerCase() + "." + run;
		Account account = accounts.create(name, PASSWORD,
				new AccountData(name, name + "@meetings.test", role, organisation(organisation), partner));
		this.names.put(who, name);
		this.ids.put(who, account.getId());
	}

}
