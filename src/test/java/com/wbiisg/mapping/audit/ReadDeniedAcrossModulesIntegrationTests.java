package com.wbiisg.mapping.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.internal.ReportGeneration;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every module that hides an existing record as 404 has the read audited: projects of
 * other partners, restricted meetings and unpublished reports for observers and anyone,
 * other users' jobs, comments on hidden needs.
 */
@IntegrationTest
@Import(MovableTimeConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadDeniedAcrossModulesIntegrationTests {

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
	ProjectRegistry projects;

	@Autowired
	ReportGeneration reports;

	@Autowired
	MovableClock clock;

	private NeedFixtures fixtures;

	private ReadDeniedEntries trail;

	private long cycle;

	private String observer;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.trail = new ReadDeniedEntries(this.mvc, this.fixtures.as(Who.SECRETARIAT));
		this.cycle = this.fixtures.openCycle();
		this.observer = "observer." + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.signedIn(Who.SECRETARIAT, () -> this.accounts.create(this.observer, NeedFixtures.PASSWORD,
				new AccountData(this.observer, this.observer + "@audit.test", Role.OBSERVER, null, null)));
	}

	@BeforeEach
	void startAFreshMinute() {
		this.clock.advance(Duration.ofMinutes(5));
	}

	@Test
	void auditsReadsOfAProjectThatBenefitsAnotherPartner() throws Exception {
		long italy = this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals("IT"))
			.findFirst()
			.orElseThrow()
			.id();
		long project = this.fixtures.signedIn(Who.GROUP_MEMBER,
				() -> this.projects.register(new ProjectInput("Audit sample project " + UUID.randomUUID(), null, null,
						null, List.of(new ProjectInput.Participation(italy, OrganisationRole.FUNDING)), List.of("MK"),
						List.of("WBCTi"), List.of(), null, "EUR", null, List.of(), null, null, null, null,
						ProjectStatus.IMPLEMENTATION, List.of(2021), true)))
			.id();
		List<String> addresses = List.of("/api/v1/projects/" + project, "/projects/" + project,
				"/api/v1/projects/" + project + "/suggestions");
		for (String address : addresses) {
			this.mvc.perform(get(address).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
				.andExpect(status().isNotFound());
		}

		assertThat(this.trail.awaitAbout(this.fixtures.username(Who.OTHER_BENEFICIARY), "Project", project, 3))
			.extracting(ReadDeniedEntries::address)
			.containsExactlyInAnyOrderElementsOf(addresses.stream().map((a) -> "GET " + a).toList());
	}

	@Test
	void auditsReadsOfARestrictedMeetingByAnObserver() throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/meetings").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "PILLAR_SG", "title": "Closed threat briefing", "initiatives": ["WBCTi"],
						 "start": "2021-05-05", "timeZone": "Europe/Skopje", "allDay": true, "city": "Skopje",
						 "partner": "MK", "status": "PLANNED", "restricted": true}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long meeting = ((Number) JsonPath.read(json, "$.id")).longValue();
		// Observers read the calendar's pages; the API is for members.
		this.mvc.perform(get("/meetings/" + meeting).with(observer())).andExpect(status().isNotFound());

		assertThat(this.trail.awaitAbout(this.observer, "Meeting", meeting, 1)).extracting(ReadDeniedEntries::address)
			.containsExactly("GET /meetings/" + meeting);
	}

	@Test
	void auditsReadsOfAnUnpublishedReportByAnObserverAndByAnyone() throws Exception {
		long draft = this.fixtures
			.signedIn(Who.SECRETARIAT, () -> this.reports.generate(ReportKind.NEEDS_MAPPING, null, this.cycle, null))
			.getId();
		this.mvc.perform(get("/reports/" + draft).with(observer())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/public/reports/" + draft)).andExpect(status().isNotFound());

		assertThat(this.trail.awaitAbout(this.observer, "Report draft", draft, 1))
			.extracting(ReadDeniedEntries::address)
			.containsExactly("GET /reports/" + draft);
		assertThat(this.trail.awaitAbout("anonymous", "Report draft", draft, 1)).extracting(ReadDeniedEntries::address)
			.containsExactly("GET /api/v1/public/reports/" + draft);
	}

	@Test
	void auditsReadsOfAnotherUsersExport() throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/exports").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"needs-csv\"}"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long job = ((Number) JsonPath.read(json, "$.jobId")).longValue();
		List<String> addresses = List.of("/api/v1/jobs/" + job, "/api/v1/jobs/" + job + "/file", "/exports/" + job);
		for (String address : addresses) {
			this.mvc.perform(get(address).with(this.fixtures.as(Who.OTHER_BENEFICIARY)))
				.andExpect(status().isNotFound());
		}

		assertThat(this.trail.awaitAbout(this.fixtures.username(Who.OTHER_BENEFICIARY), "Job", job, 3))
			.extracting(ReadDeniedEntries::address)
			.containsExactlyInAnyOrderElementsOf(addresses.stream().map((a) -> "GET " + a).toList());
	}

	@Test
	void auditsChangesToACommentOnAHiddenNeedAndAnswersAsForAMissingComment() throws Exception {
		long need = this.fixtures.create(this.cycle, "MK", "ANT.1.1", Who.OWNER, "Classified assessment", true);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		String json = this.mvc
			.perform(post("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Which service is meant?\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long comment = ((Number) JsonPath.read(json, "$.id")).longValue();

		this.mvc.perform(post("/api/v1/comments/" + comment + "/resolution").with(this.fixtures.as(Who.OUTSIDER)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Comment " + comment + " does not exist or is not visible to you."));

		List<Map<String, Object>> entries = this.trail.awaitAbout(this.fixtures.username(Who.OUTSIDER), "Need", need,
				1);
		assertThat(entries).extracting(ReadDeniedEntries::address)
			.containsExactly("POST /api/v1/comments/" + comment + "/resolution");
	}

	private RequestPostProcessor observer() {
		return user(this.users.loadUserByUsername(this.observer));
	}

}
