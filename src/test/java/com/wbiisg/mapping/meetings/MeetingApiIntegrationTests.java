package com.wbiisg.mapping.meetings;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.shared.UserText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings through the API: the shape of API.md, field errors as 422, stale versions as
 * 409, the Secretariat alone plans and changes, members read everything, the agenda keeps
 * its order and links only records that exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	private MeetingFixtures fixtures;

	@BeforeAll
	void prepare() {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
	}

	@Test
	void plansAMeetingInTheShapeOfTheApi() throws Exception {
		this.fixtures
			.plan(Who.SECRETARIAT,
					this.fixtures.body("Discussion of the first draft", "proposed", false, "\"number\": 2"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.kind").value("PILLAR_SG"))
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.name").value("2nd Regional Pillar Support Group Meeting"))
			.andExpect(jsonPath("$.title").value("Discussion of the first draft"))
			.andExpect(jsonPath("$.initiatives").value(contains("WBCTi")))
			.andExpect(jsonPath("$.start").value("2021-05-05T07:00:00Z"))
			.andExpect(jsonPath("$.end").value("2021-05-05T15:00:00Z"))
			.andExpect(jsonPath("$.timeZone").value("Europe/Skopje"))
			.andExpect(jsonPath("$.city").value("Skopje"))
			.andExpect(jsonPath("$.partner").value("MK"))
			.andExpect(jsonPath("$.format").value("IN_PERSON"))
			.andExpect(jsonPath("$.hostId").value(this.fixtures.organisation("RCC")))
			.andExpect(jsonPath("$.coHostIds").value(contains((int) this.fixtures.organisation("MK"))))
			.andExpect(jsonPath("$.coHosts[0].name").value("North Macedonia"))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.restricted").value(false))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void plansAMeetingOfWholeDaysFromDates() throws Exception {
		this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "PILLAR_SG", "title": "Regional Pillar SG", "start": "2021-03-03", "end": "2021-03-04",
				 "timeZone": "Europe/Belgrade", "city": "Prishtina", "partner": "XK", "status": "held"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.allDay").value(true))
			.andExpect(jsonPath("$.startDate").value("2021-03-03"))
			.andExpect(jsonPath("$.endDate").value("2021-03-04"))
			.andExpect(jsonPath("$.format").isEmpty())
			.andExpect(jsonPath("$.partnerName").value("Kosovo*"));
	}

	@Test
	void refusesAnInvalidMeetingNamingEveryField() throws Exception {
		this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "board", "number": 0, "title": " ", "initiatives": ["WBXX"], "start": "2021-05-05T17:00",
				 "end": "2021-05-05T09:00", "timeZone": "Mars/Olympus", "format": "in_person", "partner": "FR",
				 "onlineLink": "javascript:alert(1)", "hostId": 999999, "status": "planned",
				 "invitedAccountIds": [999999]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("number", "title",
					"initiatives", "timeZone", "end", "city", "partner", "onlineLink", "hostId", "invitedAccountIds")));
		this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "board", "title": "Backwards", "start": "2021-05-05T17:00", "end": "2021-05-05T09:00",
				 "timeZone": "Europe/Skopje", "status": "planned"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "summit", "title": "x", "start": "2021-05-05", "timeZone": "UTC"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Unknown value summit")));
	}

	@Test
	void namesTheProblemsOfAMeetingInTheOrderItsFieldsAreChecked() throws Exception {
		this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "board", "number": 0, "title": " ", "initiatives": ["WBXX"], "start": "2021-05-05T17:00",
				 "end": "2021-05-05T09:00", "timeZone": "Mars/Olympus", "format": "in_person", "partner": "FR",
				 "onlineLink": "javascript:alert(1)", "hostId": 999999, "status": "planned",
				 "invitedAccountIds": [999999]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("number", "title", "initiatives", "timeZone", "end",
					"partner", "onlineLink", "city", "hostId", "invitedAccountIds")));
		this.fixtures
			.plan(Who.SECRETARIAT,
					"""
							{"number": 1000, "title": "Long", "start": "2021-05-05", "timeZone": "UTC", "city": "%s",
							 "onlineLink": "https://example.org/%s", "format": "in_person"}"""
						.formatted("c".repeat(121), "l".repeat(500)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("kind", "number", "city", "onlineLink")))
			.andExpect(jsonPath("$.errors[*].message",
					contains(UserText.of("meetings.meeting.kindRequired").english(),
							UserText.of("meetings.meeting.numberRange").english(), "At most 120 characters.",
							"At most 500 characters.")));
	}

	@Test
	void onlyTheSecretariatPlansAndChanges() throws Exception {
		for (Who who : new Who[] { Who.BOARD, Who.MK, Who.AT }) {
			this.fixtures.plan(who, this.fixtures.body("Not theirs", "planned", false, null))
				.andExpect(status().isForbidden());
		}
		this.fixtures.plan(Who.OBSERVER, this.fixtures.body("Not theirs", "planned", false, null))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAStaleChangeWith409() throws Exception {
		long meeting = this.fixtures.meeting("Stale test", "planned", false);
		this.fixtures.update(meeting, this.fixtures.body("First change", "planned", false, "\"version\": 0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.fixtures.update(meeting, this.fixtures.body("Second change", "planned", false, "\"version\": 0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
		this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.BOARD)))
			.andExpect(jsonPath("$.title").value("First change"));
	}

	@Test
	void membersReadRestrictedMeetingsAndTheirRecord() throws Exception {
		long meeting = this.fixtures.meeting("Members only", "held", true);
		for (Who who : new Who[] { Who.BOARD, Who.MK, Who.AT }) {
			this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(who)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.restricted").value(true))
				.andExpect(jsonPath("$.agenda").isArray())
				.andExpect(jsonPath("$.decisions").isArray());
			this.mvc.perform(get("/api/v1/meetings?size=500").with(this.fixtures.as(who)))
				.andExpect(jsonPath("$.items[*].id", hasItem((int) meeting)));
		}
		this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.OBSERVER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsMeetingsByInitiativeKindAndPeriod() throws Exception {
		long board = MeetingFixtures.id(this.fixtures.plan(Who.SECRETARIAT,
				"""
						{"kind": "board", "number": 6, "title": "Adoption", "start": "2022-06-20", "timeZone": "Europe/Sarajevo",
						 "city": "Sarajevo", "partner": "BA", "format": "hybrid", "status": "held", "initiatives": ["WBBSi"]}"""),
				"$.id");
		this.mvc
			.perform(get("/api/v1/meetings?kind=BOARD&initiative=WBBSi&from=2022-06-01&to=2022-06-30")
				.with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) board)))
			.andExpect(jsonPath("$.items[*].kind", not(hasItem("PILLAR_SG"))));
		this.mvc.perform(get("/api/v1/meetings?from=2030-01-01").with(this.fixtures.as(Who.BOARD)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) board))));
		this.mvc.perform(get("/api/v1/meetings?from=yesterday").with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void keepsTheAgendaInOrderWithLinksToRecordsThatExist() throws Exception {
		long meeting = this.fixtures.meeting("Agenda test", "planned", false);
		addAgendaItem(meeting, 0, "{\"title\": \"Opening\", \"version\": 0}").andExpect(status().isCreated());
		addAgendaItem(meeting, 1,
				"{\"title\": \"The template\", \"referenceKind\": \"framework_version\", "
						+ "\"referenceId\": 999999, \"version\": 1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("referenceId"));
		addAgendaItem(meeting, 1,
				"{\"title\": \"The draft report\", \"referenceKind\": \"report_draft\", "
						+ "\"referenceId\": 999999, \"version\": 1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("referenceId"));
		addAgendaItem(meeting, 1, "{\"title\": \"Next meeting\", \"version\": 1}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.agenda[*].title").value(contains("Opening", "Next meeting")))
			.andExpect(jsonPath("$.version").value(2));
		addAgendaItem(meeting, 1, "{\"title\": \"Late\", \"version\": 1}").andExpect(status().isConflict());
	}

	private org.springframework.test.web.servlet.ResultActions addAgendaItem(long meeting, long version, String body)
			throws Exception {
		return this.mvc.perform(post("/api/v1/meetings/" + meeting + "/agenda").with(this.fixtures.as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
