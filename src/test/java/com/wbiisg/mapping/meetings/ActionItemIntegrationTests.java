package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Action items: assigned by the Secretariat to an organisation and/or a person; "My
 * actions" lists one's own and one's organisation's, overdue ones highlighted; owners
 * mark them done, others may not; only the Secretariat drops them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionItemIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	private MeetingFixtures fixtures;

	private long meeting;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		this.meeting = this.fixtures.meeting("Prishtina pillar SG", "held", false);
	}

	@Test
	void assignsActionsInTheShapeOfTheApiAndListsThemByOwner() throws Exception {
		long action = MeetingFixtures.id(this.fixtures
			.assign(this.meeting,
					"""
							{"text": "Send the list of needs per measure", "ownerOrganisationId": %d, "dueOn": "2021-04-15"}"""
						.formatted(this.fixtures.organisation("MK")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerOrganisation").value("North Macedonia"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.meetingId").value(this.meeting)), "$.id");
		this.mvc.perform(get("/api/v1/actions?owner=MK&status=open").with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) action)));
		this.mvc.perform(get("/api/v1/actions?owner=me").with(this.fixtures.as(Who.MK)))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) action)));
		this.mvc.perform(get("/api/v1/actions?owner=me").with(this.fixtures.as(Who.BA)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) action))));
		this.mvc.perform(get("/api/v1/actions?owner=nobody-at-all").with(this.fixtures.as(Who.BA)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void refusesAnActionWithoutOwnerOrForAnObserver() throws Exception {
		this.fixtures.assign(this.meeting, "{\"text\": \"Nobody's job\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ownerOrganisationId"));
		this.fixtures
			.assign(this.meeting,
					"{\"text\": \"Observer's job\", \"ownerAccountId\": %d}"
						.formatted(this.fixtures.accountId(Who.OBSERVER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ownerAccountId"));
	}

	@Test
	void showsMyActionsWithTheOverdueOnesHighlighted() throws Exception {
		long late = MeetingFixtures.id(this.fixtures.assign(this.meeting, """
				{"text": "Late answer", "ownerAccountId": %d, "dueOn": "2021-04-01"}"""
			.formatted(this.fixtures.accountId(Who.BA))), "$.id");
		long future = MeetingFixtures.id(this.fixtures.assign(this.meeting, """
				{"text": "Answer next year", "ownerOrganisationId": %d, "dueOn": "%s"}"""
			.formatted(this.fixtures.organisation("BA"), LocalDate.now().plusYears(1))), "$.id");
		long others = MeetingFixtures
			.id(this.fixtures.assign(this.meeting, "{\"text\": \"Austria's task\", \"ownerOrganisationId\": %d}"
				.formatted(this.fixtures.organisation("AT"))), "$.id");
		Document page = Jsoup.parse(this.mvc.perform(get("/actions/mine").with(this.fixtures.as(Who.BA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.getElementById("action-" + late).hasClass("overdue")).isTrue();
		assertThat(page.getElementById("action-" + future).hasClass("overdue")).isFalse();
		assertThat(page.getElementById("action-" + others)).isNull();
		assertThat(page.getElementById("overdue-count").text()).contains("overdue");
		assertThat(page.getElementById("action-" + late + "-DONE")).isNotNull();
		assertThat(page.getElementById("action-" + late + "-DROPPED")).isNull();
	}

	@Test
	void letsOwnersMarkTheirActionsDoneAndNoOneElse() throws Exception {
		long action = MeetingFixtures.id(this.fixtures.assign(this.meeting,
				"{\"text\": \"Austria prepares the pillar lead\", \"ownerOrganisationId\": %d}"
					.formatted(this.fixtures.organisation("AT"))),
				"$.id");
		changeStatus(Who.MK, action, "DONE", 0).andExpect(status().isForbidden());
		changeStatus(Who.OBSERVER, action, "DONE", 0).andExpect(status().isForbidden());
		changeStatus(Who.AT, action, "DROPPED", 0).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/actions/" + action + "/status").with(this.fixtures.as(Who.AT))
				.with(csrf())
				.param("status", "DONE")
				.param("version", "0"))
			.andExpect(redirectedUrl("/actions/mine"));
		changeStatus(Who.AT, action, "OPEN", 0).andExpect(status().isConflict());
		changeStatus(Who.SECRETARIAT, action, "DROPPED", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DROPPED"));
	}

	private org.springframework.test.web.servlet.ResultActions changeStatus(Who who, long action, String status,
			long version) throws Exception {
		return this.mvc.perform(post("/api/v1/actions/" + action + "/status").with(this.fixtures.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"%s\", \"version\": %d}".formatted(status, version)));
	}

}
