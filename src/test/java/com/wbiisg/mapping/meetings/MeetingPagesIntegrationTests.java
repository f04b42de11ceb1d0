package com.wbiisg.mapping.meetings;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar and meeting pages: a month and a list for everyone signed in, observers
 * seeing only unrestricted meetings without their record; the Secretariat's forms with
 * field errors next to the fields, 409 for a stale edit, the agenda kept in order and
 * decisions refused with their reason.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	private MeetingFixtures fixtures;

	private long open;

	private long restricted;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		this.open = this.fixtures.meeting("Calendar SG", "planned", false);
		this.restricted = this.fixtures.meeting("Calendar national meeting", "planned", true);
	}

	@Test
	void showsTheMonthToMembersAndObserversAsTheyMaySeeIt() throws Exception {
		Document member = page(get("/calendar?month=2021-05&initiative=WBCTi").with(this.fixtures.as(Who.BA)));
		assertThat(member.getElementById("month-heading").text()).isEqualTo("May 2021");
		assertThat(member.select("#day-2021-05-05 a").eachAttr("href")).contains("/meetings/" + this.open,
				"/meetings/" + this.restricted);
		assertThat(member.getElementById("my-open-actions") != null || member.text().contains("no open action"))
			.isTrue();
		Document observer = page(get("/calendar?month=2021-05").with(this.fixtures.as(Who.OBSERVER)));
		assertThat(observer.select("#day-2021-05-05 a").eachAttr("href")).contains("/meetings/" + this.open)
			.doesNotContain("/meetings/" + this.restricted);
		assertThat(observer.getElementById("new-meeting")).isNull();
		Document other = page(get("/calendar?month=2021-05&kind=BOARD").with(this.fixtures.as(Who.BA)));
		assertThat(other.select("#day-2021-05-05 a").eachAttr("href")).doesNotContain("/meetings/" + this.open);
	}

	@Test
	void showsTheListAndSwapsTheViewForHtmx() throws Exception {
		Document list = page(get("/calendar?view=list").with(this.fixtures.as(Who.OBSERVER)));
		assertThat(list.select("#past-meetings a").eachAttr("href")).contains("/meetings/" + this.open)
			.doesNotContain("/meetings/" + this.restricted);
		String fragment = this.mvc
			.perform(get("/calendar?view=list").header("HX-Request", "true").with(this.fixtures.as(Who.BOARD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"calendar-view\"").doesNotContain("<html");
	}

	@Test
	void showsObserversUnrestrictedMeetingsOnlyWithoutTheirRecord() throws Exception {
		Document page = page(get("/meetings/" + this.open).with(this.fixtures.as(Who.OBSERVER)));
		assertThat(page.getElementById("meeting-heading").text()).contains("Calendar SG");
		assertThat(page.getElementById("observer-note")).isNotNull();
		assertThat(page.getElementById("decisions")).isNull();
		assertThat(page.getElementById("attendance")).isNull();
		assertThat(page.getElementById("invited-organisations")).isNull();
		this.mvc.perform(get("/meetings/" + this.restricted).with(this.fixtures.as(Who.OBSERVER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/new").with(this.fixtures.as(Who.OBSERVER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/" + this.open)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void plansAMeetingWithTheFormAndNamesWrongFields() throws Exception {
		Document refused = page(post("/meetings").with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("kind", "PILLAR_SG")
			.param("title", "")
			.param("number", "fifth")
			.param("startDate", "2021-05-05")
			.param("startTime", "17:00")
			.param("endTime", "09:00")
			.param("timeZone", "Europe/Skopje")
			.param("format", "IN_PERSON")
			.param("status", "PLANNED"), 422);
		assertThat(refused.select(".is-invalid").eachAttr("id")).contains("number");
		this.mvc
			.perform(post("/meetings").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "PILLAR_SG")
				.param("title", "")
				.param("startDate", "2021-05-05")
				.param("startTime", "17:00")
				.param("endTime", "09:00")
				.param("timeZone", "Europe/Skopje")
				.param("format", "IN_PERSON")
				.param("status", "PLANNED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect((result) -> assertThat(
					Jsoup.parse(result.getResponse().getContentAsString()).select(".is-invalid").eachAttr("id"))
				.contains("title", "endDate", "city"));
		this.mvc
			.perform(post("/meetings").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "PILLAR_SG")
				.param("title", "SG discussion of draft 1")
				.param("initiatives", "WBCTi")
				.param("startDate", "2021-05-05")
				.param("startTime", "09:30")
				.param("endTime", "16:00")
				.param("timeZone", "Europe/Skopje")
				.param("city", "Skopje")
				.param("partner", "MK")
				.param("format", "IN_PERSON")
				.param("coHostIds", String.valueOf(this.fixtures.organisation("MK")))
				.param("status", "PROPOSED"))
			.andExpect(redirectedUrlPattern("/meetings/*"));
	}

	@Test
	void refusesAStaleEditWith409AndShowsTheCurrentMeeting() throws Exception {
		long meeting = this.fixtures.meeting("Edited twice", "planned", false);
		Document form = page(get("/meetings/" + meeting + "/edit").with(this.fixtures.as(Who.SECRETARIAT)));
		assertThat(form.getElementById("version").val()).isEqualTo("0");
		this.fixtures.update(meeting, this.fixtures.body("Someone else's change", "planned", false, "\"version\": 0"));
		Document stale = page(post("/meetings/" + meeting).with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("kind", "PILLAR_SG")
			.param("title", "My change")
			.param("startDate", "2021-05-05")
			.param("startTime", "09:00")
			.param("endTime", "10:00")
			.param("timeZone", "Europe/Skopje")
			.param("city", "Skopje")
			.param("format", "IN_PERSON")
			.param("status", "PLANNED")
			.param("version", "0"), 409);
		assertThat(stale.getElementById("stale-notice")).isNotNull();
		assertThat(stale.getElementById("title").val()).isEqualTo("Someone else's change");
	}

	@Test
	void keepsTheAgendaInOrderOnThePage() throws Exception {
		long meeting = this.fixtures.meeting("Agenda page", "planned", false);
		addItem(meeting, "Opening", 0);
		addItem(meeting, "Four-pillar template", 1);
		this.mvc
			.perform(post("/meetings/" + meeting + "/agenda/1/move").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("version", "2")
				.param("direction", "up"))
			.andExpect(status().is3xxRedirection());
		Document page = page(get("/meetings/" + meeting).with(this.fixtures.as(Who.AT)));
		assertThat(page.select("#agenda-items .agenda-title").eachText()).containsExactly("Four-pillar template",
				"Opening");
		Document refused = page(post("/meetings/" + meeting + "/agenda").with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("title", "A need")
			.param("needId", "999999")
			.param("version", "3"), 422);
		assertThat(refused.getElementById("agenda-need").hasClass("is-invalid")).isTrue();
		this.mvc
			.perform(post("/meetings/" + meeting + "/agenda/0/delete").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().isConflict());
	}

	@Test
	void showsTheReasonWhenADecisionIsRefused() throws Exception {
		long planned = this.fixtures.meeting("Not yet held", "planned", false);
		Document refused = page(post("/meetings/" + planned + "/decisions").with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("kind", "OTHER")
			.param("text", "Too early"), 409);
		assertThat(refused.getElementById("decision-form").text()).contains("once the meeting is held");
		long held = this.fixtures.meeting("Held", "held", false);
		Document wrongKind = page(post("/meetings/" + held + "/decisions").with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("kind", "ADOPT_FRAMEWORK")
			.param("targetId", "ADMIT_MEMBER:" + this.fixtures.organisation("GR"))
			.param("text", "Mixed up"), 422);
		assertThat(wrongKind.getElementById("decision-target").hasClass("is-invalid")).isTrue();
		this.mvc
			.perform(post("/meetings/" + held + "/decisions").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "OTHER")
				.param("text", "Slovenia and Austria lead the pillar."))
			.andExpect(redirectedUrl("/meetings/" + held + "#decisions"));
		assertThat(page(get("/meetings/" + held).with(this.fixtures.as(Who.MK))).select("#decision-list .decision-text")
			.eachText()).containsExactly("Slovenia and Austria lead the pillar.");
	}

	@Test
	void setsMilestonesFromAMeetingWithACountdown() throws Exception {
		long board = MeetingFixtures.id(this.fixtures.plan(Who.SECRETARIAT, """
				{"kind": "board", "number": 5, "title": "Methodologies", "start": "2021-02-02", "timeZone": "UTC",
				 "status": "held"}"""), "$.id");
		this.mvc
			.perform(post("/calendar/milestones").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("name", "First mapping products")
				.param("meetingId", String.valueOf(board))
				.param("monthsAfter", "6"))
			.andExpect(status().is3xxRedirection());
		Document page = page(get("/calendar/milestones").with(this.fixtures.as(Who.OBSERVER)));
		assertThat(page.select("#milestone-table tr").eachText()).anySatisfy((row) -> assertThat(row)
			.contains("First mapping products", "2 Aug 2021", "days ago", "(6 months after)"));
		Document refused = page(post("/calendar/milestones").with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf())
			.param("name", "No date"), 422);
		assertThat(refused.getElementById("ms-due").hasClass("is-invalid")).isTrue();
		this.mvc
			.perform(post("/calendar/milestones").with(this.fixtures.as(Who.OBSERVER)).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private void addItem(long meeting, String title, long version) throws Exception {
		this.mvc
			.perform(post("/meetings/" + meeting + "/agenda").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("title", title)
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, 200);
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
