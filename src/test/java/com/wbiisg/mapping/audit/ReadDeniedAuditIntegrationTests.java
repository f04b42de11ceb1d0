package com.wbiisg.mapping.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A read of a record hidden from the reader answers the 404 of a record that does not
 * exist, and is audited as {@code READ_DENIED} for the Secretariat, at most
 * {@code iisg.audit.read-denied-per-minute} times per user and minute.
 */
@IntegrationTest
@Import(MovableTimeConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadDeniedAuditIntegrationTests {

	private static final String READ_DENIED = ReadDeniedEntries.READ_DENIED;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	MovableClock clock;

	private NeedFixtures fixtures;

	private ReadDeniedEntries trail;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.fixtures.openCycle();
		this.trail = new ReadDeniedEntries(this.mvc, this.fixtures.as(Who.SECRETARIAT));
	}

	@BeforeEach
	void startAFreshMinute() {
		// Every test counts its denied reads in windows of its own.
		this.clock.advance(Duration.ofMinutes(5));
	}

	@Test
	void auditsEveryApiReadOfAHiddenNeedOnceWithUserNeedAndAddress() throws Exception {
		long need = hiddenNeed();
		List<String> addresses = List.of("", "/history", "/comments", "/projects", "/suggestions")
			.stream()
			.map((tail) -> "/api/v1/needs/" + need + tail)
			.toList();
		for (String address : addresses) {
			this.mvc.perform(get(address).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
				.andExpect(status().isNotFound());
		}

		List<Map<String, Object>> entries = awaitEntries(Who.OTHER_BENEFICIARY, need, addresses.size());
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.get("action")).isEqualTo(READ_DENIED);
			assertThat(entry.get("by")).isEqualTo(this.fixtures.username(Who.OTHER_BENEFICIARY));
			assertThat(entry.get("recordType")).isEqualTo("Need");
			assertThat(entry.get("at")).isNotNull();
		});
		assertThat(entries).extracting((entry) -> address(entry))
			.containsExactlyInAnyOrderElementsOf(addresses.stream().map((a) -> "GET " + a).toList());
	}

	@Test
	void auditsAPageReadOfAHiddenNeedAndShowsItOnTheAuditPage() throws Exception {
		long need = hiddenNeed();
		this.mvc.perform(get("/needs/" + need).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isNotFound());

		List<Map<String, Object>> entries = awaitEntries(Who.OTHER_BENEFICIARY, need, 1);
		assertThat(address(entries.get(0))).isEqualTo("GET /needs/" + need);
		this.mvc
			.perform(get("/audit").param("action", READ_DENIED)
				.param("user", this.fixtures.username(Who.OTHER_BENEFICIARY))
				.with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GET /needs/" + need)))
			.andExpect(content().string(containsString("<option value=\"READ_DENIED\" selected")));
	}

	@Test
	void answersAHiddenNeedAsAMissingOneAndAuditsOnlyTheHiddenOne() throws Exception {
		long need = hiddenNeed();
		long missing = need + 1_000_000;
		for (String prefix : List.of("/api/v1/needs/", "/needs/")) {
			MockHttpServletResponse absent = this.mvc
				.perform(get(prefix + missing).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse();
			MockHttpServletResponse hidden = this.mvc
				.perform(get(prefix + need).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse();
			assertThat(comparable(hidden.getContentAsString(), need))
				.isEqualTo(comparable(absent.getContentAsString(), missing));
			assertThat(hidden.getHeaderNames()).containsExactlyElementsOf(absent.getHeaderNames());
			for (String header : hidden.getHeaderNames()) {
				if (!header.equalsIgnoreCase("Content-Length")) {
					assertThat(hidden.getHeaders(header)).as(header).isEqualTo(absent.getHeaders(header));
				}
			}
		}

		// Entries are written in the order of the reads, so once the hidden ones are
		// there
		// an entry of the missing one would be too.
		awaitEntries(Who.OTHER_BENEFICIARY, need, 2);
		assertThat(entries(Who.OTHER_BENEFICIARY))
			.noneMatch((entry) -> String.valueOf(missing).equals(entry.get("recordId"))
					|| address(entry).endsWith("/" + missing));
	}

	@Test
	void auditsNothingForTheUsersWhoMaySeeTheNeed() throws Exception {
		long need = hiddenNeed();
		List<Who> allowed = List.of(Who.SECRETARIAT, Who.BOARD, Who.OWNER, Who.PILLAR_LEAD, Who.GROUP_MEMBER);
		for (Who who : allowed) {
			this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/needs/" + need).with(this.fixtures.as(who))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isNotFound());

		awaitEntries(Who.OTHER_BENEFICIARY, need, 1);
		for (Who who : allowed) {
			assertThat(entries(who)).as(who.name()).isEmpty();
		}
	}

	@Test
	void recordsAtMostThirtyDeniedReadsPerUserAndMinuteAndSaysHowManyWereLeftOut() throws Exception {
		long need = hiddenNeed();
		for (int i = 0; i < 35; i++) {
			this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.OUTSIDER)))
				.andExpect(status().isNotFound());
		}
		awaitEntries(Who.OUTSIDER, need, 30);

		this.clock.advance(Duration.ofSeconds(61));
		this.mvc.perform(get("/api/v1/needs/" + need + "/history").with(this.fixtures.as(Who.OUTSIDER)))
			.andExpect(status().isNotFound());

		List<Map<String, Object>> entries = awaitEntries(Who.OUTSIDER, need, 31);
		assertThat(entries).filteredOn((entry) -> address(entry).equals("GET /api/v1/needs/" + need)).hasSize(30);
		assertThat(entries).filteredOn((entry) -> address(entry).equals("GET /api/v1/needs/" + need + "/history"))
			.hasSize(1);
		assertThat(entries(Who.OUTSIDER)).filteredOn((entry) -> !String.valueOf(need).equals(entry.get("recordId")))
			.singleElement()
			.satisfies((summary) -> assertThat((String) summary.get("changes"))
				.contains("5 more denied reads not recorded"));
	}

	/**
	 * A submitted restricted need of MK, which a beneficiary of BA and a partner focal
	 * point outside its working group may not see.
	 */
	private long hiddenNeed() throws Exception {
		long need = this.fixtures.create(this.cycle, "MK", "ANT.1.1", Who.OWNER, "Classified threat assessment", true);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		return need;
	}

	private List<Map<String, Object>> awaitEntries(Who who, long need, int expected) {
		return this.trail.awaitAbout(this.fixtures.username(who), "Need", need, expected);
	}

	private List<Map<String, Object>> entries(Who who) throws Exception {
		return this.trail.of(this.fixtures.username(who));
	}

	private static String address(Map<String, Object> entry) {
		return ReadDeniedEntries.address(entry);
	}

	/**
	 * The body without what differs between any two answers: the id asked for and the
	 * page's CSRF token.
	 */
	private static String comparable(String body, long id) {
		return body.replace("Need " + id + " ", "Need {id} ")
			.replace("/needs/" + id, "/needs/{id}")
			.replaceAll("(content|value)=\"[A-Za-z0-9_-]{20,}\"", "$1=\"{csrf}\"");
	}

}
