package com.wbiisg.mapping.meetings;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The iCalendar feeds, parsed and validated with ical4j: the public feed has the
 * unrestricted meetings (cancelled ones as cancelled events) and nothing else; a personal
 * feed has what its account may see, milestones as all-day events, and answers only to a
 * valid token, never to a session; events keep their UID and count their changes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedIntegrationTests {

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

	private long cancelled;

	private long milestone;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		this.open = this.fixtures.meeting("Open SG, Skopje – Средба во Скопје, with a title long enough to be folded",
				"planned", false);
		this.restricted = this.fixtures.meeting("Members-only national meeting", "planned", true);
		this.cancelled = this.fixtures.meeting("Cancelled SG", "cancelled", false);
		this.milestone = MeetingFixtures
			.id(this.mvc.perform(post("/api/v1/milestones").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"First mapping products\", \"meetingId\": %d, \"monthsAfter\": 6}"
					.formatted(this.open))), "$.id");
	}

	@Test
	void publicFeedHasTheUnrestrictedMeetingsOnly() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/public/calendar.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Set-Cookie")).isNull();
		Map<String, VEvent> events = events(parse(response.getContentAsString()));
		assertThat(events).containsKeys(uid(this.open), uid(this.cancelled))
			.doesNotContainKey(uid(this.restricted))
			.doesNotContainKey("milestone-" + this.milestone + "@iisg-mapping");
		assertThat(value(events.get(uid(this.cancelled)), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(events.get(uid(this.open)), Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(events.get(uid(this.open)), Property.SUMMARY))
			.startsWith("Open SG, Skopje – Средба во Скопје");
		assertThat(value(events.get(uid(this.open)), Property.DTSTART)).isEqualTo("20210505T070000Z");
		assertThat(value(events.get(uid(this.open)), Property.LOCATION)).isEqualTo("Skopje, North Macedonia");
	}

	@Test
	void personalFeedHasWhatItsAccountMaySee() throws Exception {
		Map<String, VEvent> member = events(parse(feed(token(Who.MK)).getContentAsString()));
		assertThat(member).containsKeys(uid(this.open), uid(this.restricted), uid(this.cancelled),
				"milestone-" + this.milestone + "@iisg-mapping");
		VEvent due = member.get("milestone-" + this.milestone + "@iisg-mapping");
		assertThat(value(due, Property.DTSTART)).isEqualTo("20211105");
		assertThat(due.getProperty(Property.DTSTART).flatMap((p) -> p.getParameter("VALUE"))).map(Object::toString)
			.hasValue("VALUE=DATE");
		assertThat(value(member.get(uid(this.restricted)), Property.URL)).endsWith("/meetings/" + this.restricted);
		Map<String, VEvent> observer = events(parse(feed(token(Who.OBSERVER)).getContentAsString()));
		assertThat(observer).containsKey(uid(this.open)).doesNotContainKey(uid(this.restricted));
	}

	@Test
	void refusesAMissingBadOrReplacedTokenAndIgnoresSessions() throws Exception {
		this.mvc.perform(get("/calendar.ics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/calendar.ics").param("token", "cal_not-a-token")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/calendar.ics").with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(status().isUnauthorized());
		String first = token(Who.BA);
		MockHttpServletResponse ok = feed(first);
		assertThat(ok.getHeader("Set-Cookie")).isNull();
		assertThat(ok.getHeader("Cache-Control")).contains("no-store");
		String second = token(Who.BA);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/calendar.ics").param("token", first)).andExpect(status().isUnauthorized());
		feed(second);
		this.mvc.perform(post("/calendar/feed/delete").with(this.fixtures.as(Who.BA)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/calendar.ics").param("token", second)).andExpect(status().isUnauthorized());
	}

	@Test
	void keepsTheUidAndCountsChangesInTheSequence() throws Exception {
		long meeting = this.fixtures.meeting("Moving SG", "planned", false);
		VEvent before = events(parse(publicFeed())).get(uid(meeting));
		this.fixtures
			.update(meeting,
					this.fixtures.body("Moving SG", "postponed", false,
							"\"start\": \"2021-06-07T10:00\", \"end\": \"2021-06-07T12:00\", \"version\": 0"))
			.andExpect(status().isOk());
		VEvent after = events(parse(publicFeed())).get(uid(meeting));
		assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
		assertThat(value(after, Property.DTSTART)).isEqualTo("20210607T080000Z");
		assertThat(value(after, Property.STATUS)).isEqualTo("TENTATIVE");
	}

	private String token(Who who) throws Exception {
		MvcResult result = this.mvc.perform(post("/calendar/feed").with(this.fixtures.as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String address = (String) result.getFlashMap().get("feedAddress");
		return UriComponentsBuilder.fromUriString(address).build().getQueryParams().getFirst("token");
	}

	private MockHttpServletResponse feed(String token) throws Exception {
		return this.mvc.perform(get("/calendar.ics").param("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private String publicFeed() throws Exception {
		return this.mvc.perform(get("/public/calendar.ics")).andReturn().getResponse().getContentAsString();
	}

	private static Calendar parse(String text) throws Exception {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		return calendar;
	}

	private static Map<String, VEvent> events(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		return events.stream().collect(Collectors.toMap((event) -> value(event, Property.UID), (event) -> event));
	}

	private static String value(VEvent event, String property) {
		Optional<Property> found = event.getProperty(property);
		return found.map(Property::getValue).orElse(null);
	}

	private static String uid(long meeting) {
		return "meeting-" + meeting + "@iisg-mapping";
	}

}
