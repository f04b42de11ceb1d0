package com.wbiisg.mapping.reporting;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lifecycle of report drafts through the API, on a cycle of its own: draft →
 * discussed → final → adopted → published, only by the Secretariat, one step at a time,
 * one adopted draft per report, and adopting a Needs Mapping Report adopts the needs it
 * lists as validated in the same transaction.
 */
@IntegrationTest
class ReportLifecycleIntegrationTests {

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
	ConfigurableApplicationContext context;

	private NeedFixtures needs;

	private ReportFixtures reports;

	private long cycle;

	@BeforeEach
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.reports = new ReportFixtures(this.mvc, this.needs, this.membership);
		this.cycle = this.needs.openCycle();
	}

	@Test
	void takesADraftThroughDiscussionFinalisationAdoptionAndPublication() throws Exception {
		this.reports.submitted(this.cycle, ReportFixtures.unique("Need"), false);
		long draft = this.reports.generate(this.cycle);
		this.reports.transition(draft, Who.SECRETARIAT, "discuss", "WBCTi SG, Skopje, 5 May 2021")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCUSSED"))
			.andExpect(jsonPath("$.discussedAt").value("WBCTi SG, Skopje, 5 May 2021"));
		this.reports.transition(draft, Who.SECRETARIAT, "FINALISE", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINAL"))
			.andExpect(jsonPath("$.finalisedAt").isNotEmpty());
		this.mvc
			.perform(post("/api/v1/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"action": "ADOPT", "decision": "6th IISG Board, Sarajevo, 20 June 2022",
						 "adoptedOn": "2022-06-20", "version": 2}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adoptedOn").value("2022-06-20"))
			.andExpect(jsonPath("$.adoptionDecision").value("6th IISG Board, Sarajevo, 20 June 2022"));
		this.reports.transition(draft, Who.SECRETARIAT, "publish", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());

		String audit = this.reports.json(
				"/api/v1/audit?recordType=ReportDraft&user=" + this.needs.username(Who.SECRETARIAT) + "&size=200",
				Who.SECRETARIAT);
		List<String> actions = JsonPath.read(audit, "$.items[?(@.recordId == '%d')].action".formatted(draft));
		assertThat(actions).contains("GENERATE", "DISCUSS", "FINALISE", "ADOPT", "PUBLISH");
	}

	@Test
	void refusesStepsTheStatusDoesNotAllowWith409() throws Exception {
		long draft = this.reports.generate(this.cycle);
		for (String action : List.of("FINALISE", "ADOPT", "PUBLISH")) {
			this.reports.transition(draft, Who.SECRETARIAT, action, "A decision")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("next step is DISCUSS")));
		}
		this.reports.bringTo(draft, "DISCUSSED");
		this.reports.transition(draft, Who.SECRETARIAT, "DISCUSS", "Another meeting").andExpect(status().isConflict());
		this.reports.bringTo(draft, "PUBLISHED");
		for (String action : List.of("DISCUSS", "FINALISE", "ADOPT", "PUBLISH")) {
			this.reports.transition(draft, Who.SECRETARIAT, action, "A decision").andExpect(status().isConflict());
		}
	}

	@Test
	void refusesStepsWithoutTheirMeetingOrDecisionAndStaleVersions() throws Exception {
		long draft = this.reports.generate(this.cycle);
		this.reports.transition(draft, Who.SECRETARIAT, "DISCUSS", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.reports.transition(draft, Who.SECRETARIAT, "SHELVE", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		this.mvc
			.perform(post("/api/v1/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"DISCUSS\", \"decision\": \"SG meeting\", \"version\": 7}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
				.header("If-Match", "\"3\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"DISCUSS\", \"decision\": \"SG meeting\"}"))
			.andExpect(status().isConflict());
		this.reports.bringTo(draft, "FINAL");
		this.reports.transition(draft, Who.SECRETARIAT, "ADOPT", " ")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.mvc.perform(get("/api/v1/reports/" + draft).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.status").value("FINAL"));
	}

	@Test
	void letsOnlyTheSecretariatGenerateAndMoveDrafts() throws Exception {
		long draft = this.reports.generate(this.cycle);
		for (Who who : List.of(Who.BOARD, Who.OWNER, Who.PILLAR_LEAD, Who.OUTSIDER)) {
			this.reports.transition(draft, who, "DISCUSS", "SG meeting").andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/v1/reports").with(this.needs.as(who))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\": \"NEEDS_MAPPING\", \"cycleId\": %d}".formatted(this.cycle)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/reports/" + draft).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void adoptingANeedsMappingReportAdoptsTheNeedsItListsAsValidated() throws Exception {
		long first = this.reports.submitted(this.cycle, ReportFixtures.unique("Validated"), false);
		long second = this.reports.submitted(this.cycle, ReportFixtures.unique("Validated restricted"), true);
		long late = this.reports.submitted(this.cycle, ReportFixtures.unique("Validated after the draft"), false);
		long pending = this.reports.submitted(this.cycle, ReportFixtures.unique("Still submitted"), false);
		this.needs.transition(first, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		this.needs.transition(second, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		long draft = this.reports.generate(this.cycle);
		this.needs.transition(late, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		this.reports.bringTo(draft, "ADOPTED");

		for (long adopted : List.of(first, second)) {
			this.mvc.perform(get("/api/v1/needs/" + adopted).with(this.needs.as(Who.SECRETARIAT)))
				.andExpect(jsonPath("$.status").value("ADOPTED"))
				.andExpect(jsonPath("$.adoptionDecision").value("6th IISG Board, Sarajevo, 20 June 2022"));
			String history = this.reports.json("/api/v1/needs/" + adopted + "/history", Who.SECRETARIAT);
			assertThat(JsonPath.<List<String>>read(history, "$[*].action")).endsWith("ADOPT");
			assertThat(JsonPath.<List<String>>read(history, "$[-1:].by"))
				.containsExactly(this.needs.username(Who.SECRETARIAT));
		}
		assertThat(needStatus(late)).as("validated after the draft was generated").isEqualTo("VALIDATED");
		assertThat(needStatus(pending)).isEqualTo("SUBMITTED");
	}

	@Test
	void adoptsOneDraftOfAReportOnly() throws Exception {
		long first = this.reports.generate(this.cycle);
		long second = this.reports.generate(this.cycle);
		this.reports.bringTo(first, "FINAL");
		this.reports.bringTo(second, "FINAL");
		this.reports.transition(first, Who.SECRETARIAT, "ADOPT", "6th IISG Board").andExpect(status().isOk());
		this.reports.transition(second, Who.SECRETARIAT, "ADOPT", "7th IISG Board")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already adopted")));
		this.reports.transition(first, Who.SECRETARIAT, "PUBLISH", null).andExpect(status().isOk());
		this.reports.transition(second, Who.SECRETARIAT, "ADOPT", "7th IISG Board").andExpect(status().isConflict());
		assertThat(JsonPath.<String>read(this.reports.json("/api/v1/reports/" + second, Who.SECRETARIAT), "$.status"))
			.isEqualTo("FINAL");
	}

	@Test
	void leavesTheDraftAndItsNeedsAsTheyWereWhenTheAdoptionFails() throws Exception {
		long first = this.reports.submitted(this.cycle, ReportFixtures.unique("Validated"), false);
		long second = this.reports.submitted(this.cycle, ReportFixtures.unique("Validated too"), false);
		this.needs.transition(first, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		this.needs.transition(second, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		long draft = this.reports.generate(this.cycle);
		this.reports.bringTo(draft, "FINAL");
		// The second need's adoption fails, after the first was adopted in the same
		// transaction.
		ApplicationListener<ApplicationEvent> failing = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof NeedStatusChanged changed && changed.needId() == second
					&& changed.to() == NeedStatus.ADOPTED) {
				throw new IllegalStateException("Simulated failure while adopting need " + second);
			}
		};
		ApplicationEventMulticaster multicaster = this.context.getBean(ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(failing);
		try {
			Throwable failure = catchThrowable(
					() -> this.reports.transition(draft, Who.SECRETARIAT, "ADOPT", "6th IISG Board")
						.andExpect(status().is5xxServerError()));
			if (failure != null) {
				assertThat(failure).hasStackTraceContaining("Simulated failure");
			}
		}
		finally {
			multicaster.removeApplicationListener(failing);
		}
		assertThat(JsonPath.<String>read(this.reports.json("/api/v1/reports/" + draft, Who.SECRETARIAT), "$.status"))
			.isEqualTo("FINAL");
		assertThat(needStatus(first)).isEqualTo("VALIDATED");
		assertThat(needStatus(second)).isEqualTo("VALIDATED");
		assertThat(JsonPath.<List<String>>read(
				this.reports.json("/api/v1/needs/" + first + "/history", Who.SECRETARIAT), "$[*].action"))
			.doesNotContain("ADOPT");
		this.reports.transition(draft, Who.SECRETARIAT, "ADOPT", "6th IISG Board").andExpect(status().isOk());
		assertThat(needStatus(second)).isEqualTo("ADOPTED");
	}

	private String needStatus(long need) throws Exception {
		return JsonPath.read(this.reports.json("/api/v1/needs/" + need, Who.SECRETARIAT), "$.status");
	}

}
