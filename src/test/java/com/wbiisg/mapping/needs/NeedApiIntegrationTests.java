package com.wbiisg.mapping.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.shared.UserText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedApiIntegrationTests {

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

	private NeedFixtures fixtures;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
	}

	@Test
	void createsADraftUnderAMeasureOfTheCyclesFramework() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.OWNER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.partner").value("MK"))
			.andExpect(jsonPath("$.pillar").value("PRE"))
			.andExpect(jsonPath("$.objective").value("PRE.2"))
			.andExpect(jsonPath("$.measureCode").value("PRE.2.1"))
			.andExpect(jsonPath("$.type").value("OPERATIONAL"))
			.andExpect(jsonPath("$.references").value(contains("JAP2", "NATIONAL_STRATEGY")))
			.andExpect(jsonPath("$.estimatedCostEur").value(120000))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(get("/api/v1/needs/" + need + "/history").with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$[0].to").value("DRAFT"))
			.andExpect(jsonPath("$[0].by").value(this.fixtures.username(Who.OWNER)));
	}

	@Test
	void refusesNeedsOutsideTheFrameworkOrTheOpenCycleOrTheFocalPointsPartner() throws Exception {
		long cycle = this.fixtures.openCycle();
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"cycleId": %d, "measureCode": "PRE.2", "partner": "MK", "title": "", "type": "sideways",
						 "perspective": "prevention", "priority": "high", "estimatedCostEur": -5}""".formatted(cycle)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"cycleId": %d, "measureCode": "PRE.2", "partner": "MK", "title": "", "type": "operational",
						 "perspective": "prevention", "priority": "high", "estimatedCostEur": -5}""".formatted(cycle)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("measureCode", "title", "estimatedCostEur")));
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(cycle, "BA")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(cycle, "REG")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.PILLAR_LEAD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(cycle, "MK")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(cycle, "REG")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partner").value("REG"));
		this.mvc.perform(post("/api/v1/cycles/" + cycle + "/close").with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(need(cycle, "MK")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("closed")));
	}

	@Test
	void requiresAReasonToReturnANeedAndShowsItInTheHistory() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		this.fixtures.transition(need, "return", Who.PILLAR_LEAD, " ", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.fixtures.transition(need, "RETURN", Who.PILLAR_LEAD, "Name the institution concerned", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("Name the institution concerned"));
		this.mvc.perform(get("/api/v1/needs/" + need + "/history").with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$[*].to").value(contains("DRAFT", "SUBMITTED", "RETURNED")))
			.andExpect(jsonPath("$[2].from").value("SUBMITTED"))
			.andExpect(jsonPath("$[2].action").value("RETURN"))
			.andExpect(jsonPath("$[2].reason").value("Name the institution concerned"))
			.andExpect(jsonPath("$[2].by").value(this.fixtures.username(Who.PILLAR_LEAD)));
	}

	@Test
	void freezesAdoptedNeedsAndSubmittedOnes() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		this.fixtures.bringTo(need, NeedStatus.ADOPTED);
		this.mvc
			.perform(put("/api/v1/needs/" + need).with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change("Changed after adoption", 3)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("only draft and returned")));
		this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.BOARD)))
			.andExpect(jsonPath("$.adoptionDecision").value("6th IISG Board, Sarajevo"));
	}

	@Test
	void letsExactlyOneOfTwoConcurrentEditsWin() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> answers = new ArrayList<>();
		for (String title : List.of("First editor's title", "Second editor's title")) {
			Callable<Integer> edit = () -> {
				start.await();
				return this.mvc
					.perform(put("/api/v1/needs/" + need).with(this.fixtures.as(Who.OWNER))
						.contentType(MediaType.APPLICATION_JSON)
						.content(change(title, 0)))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			answers.add(pool.submit(edit));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		String json = this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.version")).isEqualTo(1);
		String winner = statuses.get(0) == 200 ? "First editor's title" : "Second editor's title";
		assertThat((String) JsonPath.read(json, "$.title")).isEqualTo(winner);
	}

	@Test
	void showsRestrictedNeedsOnlyToThePartnerTheSecretariatTheBoardAndTheWorkingGroup() throws Exception {
		long cycle = this.fixtures.openCycle();
		long restricted = this.fixtures.create(cycle, "MK", "ANT.1.1", Who.OWNER,
				"Classified threat assessment support", true);
		long open = this.fixtures.create(cycle, "MK", "ANT.1.2", Who.OWNER, "Open analysis capacity support", false);
		this.fixtures.bringTo(restricted, NeedStatus.SUBMITTED);
		this.fixtures.bringTo(open, NeedStatus.SUBMITTED);
		for (Who who : List.of(Who.SECRETARIAT, Who.BOARD, Who.OWNER, Who.PILLAR_LEAD, Who.GROUP_MEMBER)) {
			this.mvc.perform(get("/api/v1/needs/" + restricted).with(this.fixtures.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/needs?cycle=" + cycle + "&q=classified").with(this.fixtures.as(who)))
				.andExpect(jsonPath("$.total").value(1));
		}
		for (Who who : List.of(Who.OTHER_BENEFICIARY, Who.OUTSIDER)) {
			this.mvc.perform(get("/api/v1/needs/" + restricted).with(this.fixtures.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/needs/" + restricted + "/history").with(this.fixtures.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/needs?cycle=" + cycle + "&q=classified").with(this.fixtures.as(who)))
				.andExpect(jsonPath("$.total").value(0));
			this.mvc.perform(get("/api/v1/needs?cycle=" + cycle + "&partner=MK").with(this.fixtures.as(who)))
				.andExpect(jsonPath("$.items[*].id").value(everyItem(not(((int) restricted)))));
		}
		this.mvc.perform(get("/api/v1/needs?cycle=" + cycle + "&partner=MK").with(this.fixtures.as(Who.OUTSIDER)))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) open)));
		this.mvc.perform(get("/api/v1/cycles/" + cycle + "/progress").with(this.fixtures.as(Who.OUTSIDER)))
			.andExpect(jsonPath("$.MK.SUBMITTED").value(2));
	}

	@Test
	void keepsDraftsWithTheirPartnerUntilTheyAreSubmitted() throws Exception {
		long cycle = this.fixtures.openCycle();
		long draft = this.fixtures.draft(cycle, false);
		for (Who who : List.of(Who.PILLAR_LEAD, Who.GROUP_MEMBER, Who.OUTSIDER, Who.OTHER_BENEFICIARY)) {
			this.mvc.perform(get("/api/v1/needs/" + draft).with(this.fixtures.as(who)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/needs?cycle=" + cycle).with(this.fixtures.as(Who.PILLAR_LEAD)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/needs?cycle=" + cycle).with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void submitsAllDraftsOfAPartnerAndAdoptsValidatedNeedsInBulk() throws Exception {
		long cycle = this.fixtures.openCycle();
		long first = this.fixtures.draft(cycle, false);
		long second = this.fixtures.create(cycle, "MK", "RES.1.1", Who.OWNER, "Europol National Contact Point", false);
		this.mvc
			.perform(post("/api/v1/needs/submissions").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cycleId\": %d, \"partner\": \"mk\"}".formatted(cycle)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(2));
		this.fixtures.transition(first, "validate", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/needs/adoptions").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [%d, %d], \"decision\": \"6th IISG Board\"}".formatted(first, second)))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/needs/" + first).with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(jsonPath("$.status").value("VALIDATED"));
		this.mvc
			.perform(post("/api/v1/needs/adoptions").with(this.fixtures.as(Who.PILLAR_LEAD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [%d], \"decision\": \"6th IISG Board\"}".formatted(first)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs/adoptions").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [%d], \"decision\": \"6th IISG Board\"}".formatted(first)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.adopted").value(1));
	}

	@Test
	void listsTheProblemsOfANeedInTheOrderOfItsFields() throws Exception {
		long cycle = this.fixtures.openCycle();
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"cycleId": %d, "measureCode": "PRE.5.1", "partner": "MK", "title": " ", "type": "sideways",
						 "priority": "High", "timeframe": "soon", "timeframeStart": "2021-02-30"}""".formatted(cycle)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("type", "timeframe", "timeframeStart")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Unknown value sideways; use one of " + "LEGISLATIVE, INSTITUTIONAL, OPERATIONAL."))
			.andExpect(jsonPath("$.errors[2].message").value("Enter a date as YYYY-MM-DD, such as 2021-03-04."));
		this.mvc
			.perform(post("/api/v1/needs").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"cycleId": %d, "measureCode": "PRE.5.1", "partner": "MK", "title": " ", "institution": "%s",
						 "perspective": "prevention", "estimatedCostEur": 10.125, "timeframeStart": "2022-01-01",
						 "timeframeEnd": "2021-12-31", "references": ["%s", "acquis", "%s"]}""".formatted(cycle,
						"i".repeat(301), "r".repeat(101), "s".repeat(101))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("title", "institution", "type", "priority",
					"estimatedCostEur", "timeframeEnd", "references", "references")))
			.andExpect(jsonPath("$.errors[*].message").value(contains("This field is required.",
					"At most 300 characters.", "Choose legislative, institutional or operational.",
					UserText.of("needs.need.priorityRequired").english(),
					UserText.of("needs.need.costDecimals").english(), "The end date is before the start date.",
					"A reference has at most 100 characters.", "A reference has at most 100 characters.")));
	}

	@Test
	void opensCyclesOnlyOnAdoptedFrameworks() throws Exception {
		long draftFramework = this.frameworks.versions("WBCSCi").get(0).id();
		this.mvc
			.perform(post("/api/v1/cycles").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"frameworkId\": %d, \"opensOn\": \"2021-03-04\", \"closesOn\": \"2021-01-01\"}"
					.formatted(draftFramework)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("frameworkId", "closesOn")));
		this.mvc
			.perform(post("/api/v1/cycles").with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cycles").with(this.fixtures.as(Who.OUTSIDER))).andExpect(status().isOk());
	}

	@Test
	void opensANeedsCommentThreadToThoseWhoMaySeeTheNeed() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.create(cycle, "MK", "PRE.3.1", Who.OWNER, "High-security prison unit", true);
		String comment = "{\"text\": \"Which prison is meant?\"}";
		this.mvc
			.perform(post("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(comment))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$[0].text").value("Which prison is meant?"));
		this.mvc.perform(get("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(Who.PILLAR_LEAD)))
			.andExpect(status().isNotFound());
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		this.mvc
			.perform(post("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(Who.PILLAR_LEAD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(comment))
			.andExpect(status().isCreated());
		for (Who who : List.of(Who.OUTSIDER, Who.OTHER_BENEFICIARY)) {
			this.mvc.perform(get("/api/v1/needs/" + need + "/comments").with(this.fixtures.as(who)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void auditsCreationChangesAndTransitions() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		this.mvc
			.perform(put("/api/v1/needs/" + need).with(this.fixtures.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change("A sharper title", 0)))
			.andExpect(status().isOk());
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		this.mvc.perform(get("/api/v1/audit?recordType=Need&size=500").with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(jsonPath("$.items[?(@.recordId == '" + need + "')].action")
				.value(org.hamcrest.Matchers.containsInAnyOrder("CREATE", "UPDATE", "SUBMIT")))
			.andExpect(jsonPath("$.items[?(@.recordId == '" + need + "' && @.action == 'UPDATE')].changes")
				.value(hasItem(containsString("A sharper title"))));
	}

	private static String need(long cycle, String partner) {
		return """
				{"cycleId": %d, "measureCode": "PRE.5.1", "partner": "%s", "title": "Resourced coordinator",
				 "type": "institutional", "perspective": "prevention", "priority": "medium"}""".formatted(cycle,
				partner);
	}

	private static String change(String title, long version) {
		return """
				{"title": "%s", "type": "OPERATIONAL", "perspective": "RESPONSE", "priority": "LOW",
				 "timeframe": "short", "timeframeStart": "2021-06-01", "timeframeEnd": "2021-12-31",
				 "version": %d}""".formatted(title, version);
	}

}
