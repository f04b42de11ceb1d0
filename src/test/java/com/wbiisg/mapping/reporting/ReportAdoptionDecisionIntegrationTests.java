package com.wbiisg.mapping.reporting;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Board decision adopting a report, recorded on a held meeting: the reporting module is
 * the decision's target, so the final draft becomes adopted in the decision's transaction
 * and names the decision; a draft that is not final refuses, and then neither the
 * decision nor any change is stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAdoptionDecisionIntegrationTests {

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

	private NeedFixtures needs;

	@BeforeAll
	void prepare() {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
	}

	@Test
	void adoptsAFinalDraftWhenTheBoardsDecisionIsRecorded() throws Exception {
		long draft = draft();
		transition(draft, "DISCUSS", "SG meeting, Skopje").andExpect(status().isOk());
		transition(draft, "FINALISE", null).andExpect(status().isOk());
		long meeting = heldBoard();
		String decision = this.mvc
			.perform(post("/api/v1/meetings/" + meeting + "/decisions").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"adopt_report\", \"targetId\": %d, \"text\": \"The Board adopts the report.\"}"
					.formatted(draft)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.targetLabel").value(containsString("draft 1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long decisionId = ((Number) JsonPath.read(decision, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/reports/" + draft).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adoptionDecision")
				.value(containsString("/meetings/" + meeting + "#decision-" + decisionId)));
	}

	@Test
	void putsADraftOnAMeetingsAgenda() throws Exception {
		long draft = draft();
		long meeting = heldBoard();
		this.mvc
			.perform(post("/api/v1/meetings/" + meeting + "/agenda").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(("{\"title\": \"The draft report\", \"referenceKind\": \"report_draft\", "
						+ "\"referenceId\": %d, \"version\": 0}")
					.formatted(draft)))
			.andExpect(status().isCreated());
		String json = this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.needs.as(Who.BOARD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("Needs Mapping Report WBCTi, draft 1").contains("/reports/" + draft);
	}

	@Test
	void refusesADraftThatIsNotFinalAndStoresNoDecision() throws Exception {
		long draft = draft();
		long meeting = heldBoard();
		this.mvc
			.perform(post("/api/v1/meetings/" + meeting + "/decisions").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"adopt_report\", \"targetId\": %d, \"text\": \"Too early.\"}".formatted(draft)))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/reports/" + draft).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		String json = this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.needs.as(Who.BOARD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<?>) JsonPath.read(json, "$.decisions")).isEmpty();
	}

	private long draft() throws Exception {
		long cycle = this.needs.openCycle();
		String json = this.mvc
			.perform(post("/api/v1/reports").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"NEEDS_MAPPING\", \"cycleId\": %d}".formatted(cycle)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private long heldBoard() throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/meetings").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "BOARD", "number": 6, "title": "6th IISG Board Meeting", "initiatives": ["WBCTi"],
						 "start": "%s", "timeZone": "Europe/Sarajevo", "city": "Sarajevo", "partner": "BA",
						 "format": "HYBRID", "status": "HELD"}""".formatted(LocalDate.of(2022, 6, 20))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private ResultActions transition(long draft, String action, String decision) throws Exception {
		return this.mvc.perform(post("/api/v1/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"%s\", \"decision\": %s}".formatted(action,
					(decision == null) ? "null" : "\"" + decision + "\"")));
	}

}
