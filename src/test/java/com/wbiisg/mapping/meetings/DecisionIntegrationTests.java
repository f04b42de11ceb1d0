package com.wbiisg.mapping.meetings;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Decisions of a held meeting: each kind applies to its target in the same transaction,
 * and the target links back to the decision; when the target refuses, neither the
 * decision nor any change is stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	private MeetingFixtures fixtures;

	private DecisionFixtures targets;

	@BeforeAll
	void prepare() {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		this.targets = new DecisionFixtures(this.mvc, this.fixtures);
	}

	@Test
	void adoptsAFrameworkDraftThatLinksBackToTheDecision() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting a framework", "held", false);
		long draft = this.targets.frameworkDraft();
		long decision = MeetingFixtures.id(this.fixtures
			.decide(meeting,
					"{\"kind\": \"adopt_framework\", \"targetId\": %d, \"text\": \"The Board adopts it.\"}"
						.formatted(draft))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ADOPT_FRAMEWORK"))
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.decidedOn").value("2021-05-05")), "$.id");
		String framework = this.targets.framework(draft);
		assertThat((String) JsonPath.read(framework, "$.status")).isEqualTo("ADOPTED");
		assertThat((String) JsonPath.read(framework, "$.adoptedOn")).isEqualTo("2021-05-05");
		assertThat((String) JsonPath.read(framework, "$.decision"))
			.endsWith("decision 1 (/meetings/" + meeting + "#decision-" + decision + ")");
		this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.BOARD)))
			.andExpect(jsonPath("$.decisions[0].targetPath").value("/frameworks/" + draft));
	}

	@Test
	void refusingToAdoptAnAdoptedFrameworkStoresNothing() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting twice", "held", false);
		long draft = this.targets.frameworkDraft();
		this.fixtures.decide(meeting, adopt(draft)).andExpect(status().isCreated());
		String before = this.targets.framework(draft);
		this.fixtures.decide(meeting, adopt(draft))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("adopted")));
		assertThat(decisions(meeting)).hasSize(1);
		assertThat(this.targets.framework(draft)).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownTargetAndStoresNothing() throws Exception {
		long meeting = this.fixtures.meeting("Board with a wrong target", "held", false);
		this.fixtures.decide(meeting, adopt(999999))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		this.fixtures.decide(meeting, "{\"kind\": \"adopt_framework\", \"text\": \"No target\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		assertThat(decisions(meeting)).isEmpty();
	}

	@Test
	void admitsAMemberWithTheDecisionAsReference() throws Exception {
		long meeting = this.fixtures.meeting("Board admitting a member", "held", false);
		long organisation = this.targets.observerOrganisation();
		long decision = MeetingFixtures
			.id(this.fixtures
				.decide(meeting,
						"""
								{"kind": "ADMIT_MEMBER", "targetId": %d, "memberCategory": "international_organisation",
								 "text": "The organisation joins the IISG.", "decidedOn": "2021-05-05"}"""
							.formatted(organisation))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.option").value("international_organisation")), "$.id");
		String admitted = this.targets.organisation(organisation);
		assertThat((String) JsonPath.read(admitted, "$.category")).isEqualTo("INTERNATIONAL_ORGANISATION");
		assertThat((String) JsonPath.read(admitted, "$.joinedOn")).isEqualTo("2021-05-05");
		assertThat((String) JsonPath.read(admitted, "$.joinedBy")).contains("#decision-" + decision);
	}

	@Test
	void refusingAnAdmissionLeavesNeitherTheDecisionNorTheChange() throws Exception {
		long meeting = this.fixtures.meeting("Board admitting wrongly", "held", false);
		long organisation = this.targets.observerOrganisation();
		String before = this.targets.organisation(organisation);
		// No member category: the decision row is written, then the admission refuses.
		this.fixtures
			.decide(meeting,
					"{\"kind\": \"ADMIT_MEMBER\", \"targetId\": %d, \"text\": \"Joins\"}".formatted(organisation))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("member category")));
		// Already a member.
		this.fixtures
			.decide(meeting,
					"""
							{"kind": "ADMIT_MEMBER", "targetId": %d, "memberCategory": "MEMBER_STATE", "text": "Joins"}"""
						.formatted(this.fixtures.organisation("AT")))
			.andExpect(status().isConflict());
		assertThat(decisions(meeting)).isEmpty();
		assertThat(this.targets.organisation(organisation)).isEqualTo(before);
	}

	@Test
	void adoptsAMethodologyVersionOnce() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting a methodology", "held", false);
		long version = this.targets.methodologyVersion();
		long decision = MeetingFixtures.id(
				this.fixtures
					.decide(meeting,
							"{\"kind\": \"adopt_methodology\", \"targetId\": %d, \"text\": \"Adopted.\"}"
								.formatted(version))
					.andExpect(status().isCreated()),
				"$.id");
		List<Number> adoptedBy = JsonPath.read(this.targets.documents(),
				"$[*].versions[?(@.id == " + version + ")].decisionId");
		assertThat(adoptedBy).extracting(Number::longValue).containsExactly(decision);
		this.fixtures
			.decide(meeting,
					"{\"kind\": \"adopt_methodology\", \"targetId\": %d, \"text\": \"Again.\"}".formatted(version))
			.andExpect(status().isConflict());
		assertThat(decisions(meeting)).hasSize(1);
	}

	@Test
	void refusesToAdoptAReportDraftThatDoesNotExist() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting a report", "held", false);
		this.fixtures.decide(meeting, "{\"kind\": \"adopt_report\", \"targetId\": 999999, \"text\": \"Adopted.\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("999999")));
		assertThat(decisions(meeting)).isEmpty();
	}

	@Test
	void recordsOtherDecisionsWithoutTargetAndNumbersThem() throws Exception {
		long meeting = this.fixtures.meeting("Pillar SG deciding", "held", false);
		this.fixtures.decide(meeting, "{\"kind\": \"other\", \"text\": \"Slovenia and Austria lead the pillar.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.targetId").isEmpty())
			.andExpect(jsonPath("$.applied").value(false));
		this.fixtures.decide(meeting, "{\"kind\": \"other\", \"text\": \"Next meeting in Skopje.\"}")
			.andExpect(jsonPath("$.number").value(2));
		this.fixtures.decide(meeting, "{\"kind\": \"other\", \"text\": \"Too late\", \"decidedOn\": \"2021-06-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
	}

	@Test
	void recordsDecisionsOnlyOfHeldMeetingsAndOnlyForTheSecretariat() throws Exception {
		long planned = this.fixtures.meeting("Planned board", "planned", false);
		long draft = this.targets.frameworkDraft();
		this.fixtures.decide(planned, adopt(draft)).andExpect(status().isConflict());
		assertThat((String) JsonPath.read(this.targets.framework(draft), "$.status")).isEqualTo("DRAFT");
		long held = this.fixtures.meeting("Held board", "held", false);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/meetings/" + held + "/decisions")
				.with(this.fixtures.as(Who.BOARD))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(adopt(draft)))
			.andExpect(status().isForbidden());
		assertThat((String) JsonPath.read(this.targets.framework(draft), "$.status")).isEqualTo("DRAFT");
	}

	private static String adopt(long framework) {
		return "{\"kind\": \"ADOPT_FRAMEWORK\", \"targetId\": %d, \"text\": \"Adopted by the Board.\"}"
			.formatted(framework);
	}

	private List<Object> decisions(long meeting) throws Exception {
		String json = this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.decisions");
	}

}
