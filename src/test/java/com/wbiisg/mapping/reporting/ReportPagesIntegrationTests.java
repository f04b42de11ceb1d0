package com.wbiisg.mapping.reporting;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report pages on a cycle of their own: restricted needs only for those who may see
 * them, the Kosovo* footnote once at the first mention, observers reading only published
 * reports, the public version without any need, and comments per section.
 */
@IntegrationTest
class ReportPagesIntegrationTests {

	private static final String FOOTNOTE = "* This designation is without prejudice to positions on status, and is "
			+ "in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";

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
	ReportSectionCommentTarget sectionTargets;

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
	void showsRestrictedNeedsOnlyToThoseWhoMaySeeThem() throws Exception {
		String restricted = ReportFixtures.unique("Restricted witness protection need");
		String open = ReportFixtures.unique("Open prevention need");
		this.reports.submitted(this.cycle, restricted, true);
		this.reports.submitted(this.cycle, open, false);
		long draft = this.reports.generate(this.cycle);

		String outsiderPage = page("/reports/" + draft, this.needs.as(Who.OUTSIDER));
		assertThat(outsiderPage).contains(open).doesNotContain(restricted);
		assertThat(Jsoup.parse(outsiderPage).getElementById("hidden-needs").text()).startsWith("1 needs");
		String outsiderJson = this.reports.json("/api/v1/reports/" + draft, Who.OUTSIDER);
		assertThat(outsiderJson).contains(open).doesNotContain(restricted);
		assertThat(JsonPath.<Integer>read(outsiderJson, "$.hiddenNeeds")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(outsiderJson, "$.figures.needs")).isEqualTo(2);

		for (Who reader : new Who[] { Who.BOARD, Who.SECRETARIAT, Who.OWNER, Who.GROUP_MEMBER }) {
			assertThat(page("/reports/" + draft, this.needs.as(reader))).as(reader.name())
				.contains(open)
				.contains(restricted);
			assertThat(this.reports.json("/api/v1/reports/" + draft, reader)).as(reader.name()).contains(restricted);
		}
	}

	@Test
	void carriesTheKosovoFootnoteOnceAtTheFirstMention() throws Exception {
		this.reports.submitted(this.cycle, ReportFixtures.unique("Need"), false);
		long draft = this.reports.generate(this.cycle);
		Document page = Jsoup.parse(page("/reports/" + draft, this.needs.as(Who.BOARD)));
		String text = page.body().text();
		assertThat(text.split(java.util.regex.Pattern.quote(FOOTNOTE), -1)).as("footnotes").hasSize(2);
		int firstMention = text.indexOf("Kosovo*");
		assertThat(firstMention).isPositive().isLessThan(text.indexOf(FOOTNOTE));
		Element mention = page.getElementById("partners-line");
		assertThat(mention.text()).contains("Kosovo*");
		assertThat(text.indexOf(mention.text())).isLessThanOrEqualTo(firstMention);
		assertThat(mention.nextElementSibling().text()).isEqualTo(FOOTNOTE);
	}

	@Test
	void letsObserversReadOnlyPublishedReports() throws Exception {
		String title = ReportFixtures.unique("Observer-hidden need");
		this.reports.submitted(this.cycle, title, false);
		long draft = this.reports.generate(this.cycle);
		long published = this.reports.generate(this.cycle);
		this.reports.bringTo(published, "PUBLISHED");
		RequestPostProcessor observer = observer();

		this.mvc.perform(get("/reports/" + draft).with(observer)).andExpect(status().isNotFound());
		String page = page("/reports/" + published, observer);
		assertThat(page).doesNotContain(title).contains("Kosovo*");
		String list = page("/reports", observer);
		assertThat(list).contains("/reports/" + published).doesNotContain("/reports/" + draft + "\"");
		this.mvc.perform(get("/reports/%d/diff/%d".formatted(published, draft)).with(observer))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/" + published).with(observer)).andExpect(status().isForbidden());
	}

	@Test
	void showsThePublicVersionWithoutNeedsOrUnlistedProjects() throws Exception {
		String need = ReportFixtures.unique("Need text never public");
		long needId = this.reports.submitted(this.cycle, need, true);
		long other = this.reports.submitted(this.cycle, ReportFixtures.unique("Another need"), false);
		String listed = ReportFixtures.unique("Publicly listed project");
		String unlisted = ReportFixtures.unique("Unlisted project");
		this.reports.link(this.reports.project("IT", listed, "100000", true), needId, "full");
		this.reports.link(this.reports.project("UK", unlisted, "50000", false), other, "partial");
		long draft = this.reports.generate(this.cycle);
		this.mvc.perform(get("/public/reports/" + draft)).andExpect(status().isNotFound());
		this.reports.bringTo(draft, "PUBLISHED");

		String page = this.mvc.perform(get("/public/reports/" + draft))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(listed)
			.doesNotContain(unlisted)
			.doesNotContain(need)
			.doesNotContain("Another need")
			.doesNotContain("Multi-agency training");
		Document document = Jsoup.parse(page);
		assertThat(document.getElementById("headline-needs").text()).isEqualTo("2");
		assertThat(document.getElementById("public-cell-MK").text()).contains("2 (1 / 1 / 0)");
		String json = this.mvc.perform(get("/api/v1/public/reports/" + draft))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains(listed).doesNotContain(unlisted).doesNotContain(need).doesNotContain("needId");
		assertThat(this.mvc.perform(get("/public/reports")).andReturn().getResponse().getContentAsString())
			.contains("/public/reports/" + draft);
	}

	@Test
	void collectsCommentsPerSectionForTheSecretariatToResolve() throws Exception {
		long draft = this.reports.generate(this.cycle);
		String comment = "Please add the 2020 baseline to the gaps " + UUID.randomUUID();
		this.mvc
			.perform(post("/comments").with(this.needs.as(Who.OUTSIDER))
				.with(csrf())
				.param("targetType", "REPORT_SECTION")
				.param("targetId", draft + "/gaps")
				.param("text", comment))
			.andExpect(redirectedUrl("/reports/" + draft + "/sections/gaps#comments"));
		String section = page("/reports/" + draft + "/sections/gaps", this.needs.as(Who.SECRETARIAT));
		assertThat(section).contains(comment);
		Document report = Jsoup.parse(page("/reports/" + draft, this.needs.as(Who.BOARD)));
		assertThat(report.getElementById("comments-gaps").text()).isEqualTo("Comments (1)");
		assertThat(report.getElementById("comments-summary").text()).isEqualTo("Comments (0)");
		this.mvc
			.perform(post("/comments").with(this.needs.as(Who.OUTSIDER))
				.with(csrf())
				.param("targetType", "REPORT_SECTION")
				.param("targetId", draft + "/colophon")
				.param("text", comment))
			.andExpect(status().isNotFound());
		UserDetails secretariat = this.users.loadUserByUsername(this.needs.username(Who.SECRETARIAT));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		try {
			assertThat(this.sectionTargets.titleIfVisible(draft + "/gaps")).hasValueSatisfying(
					(title) -> assertThat(title).matches("\\S+ needs mapping report, draft [0-9]+: Gaps"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void generatesAndMovesDraftsThroughThePages() throws Exception {
		String location = this.mvc
			.perform(post("/reports").with(this.needs.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "NEEDS_MAPPING")
				.param("cycleId", String.valueOf(this.cycle)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/reports/\\d+");
		long draft = Long.parseLong(location.substring("/reports/".length()));
		this.mvc
			.perform(post("/reports").with(this.needs.as(Who.SECRETARIAT)).with(csrf()).param("kind", "NEEDS_MAPPING"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
				.with(csrf())
				.param("action", "DISCUSS")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/reports/" + draft + "/transitions").with(this.needs.as(Who.SECRETARIAT))
				.with(csrf())
				.param("action", "DISCUSS")
				.param("decision", "WBCTi SG, Skopje, 5 May 2021")
				.param("version", "0"))
			.andExpect(redirectedUrl("/reports/" + draft));
		assertThat(page("/reports/" + draft, this.needs.as(Who.BOARD))).contains("WBCTi SG, Skopje, 5 May 2021");
		this.mvc
			.perform(post("/reports/" + draft + "/transitions").with(this.needs.as(Who.BOARD))
				.with(csrf())
				.param("action", "FINALISE")
				.param("version", "1"))
			.andExpect(status().isForbidden());
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor observer() {
		String name = "reports.observer." + UUID.randomUUID().toString().substring(0, 6);
		long organisation = this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals("GR"))
			.findFirst()
			.orElseThrow()
			.id();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reports-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			this.accounts.create(name, NeedFixtures.PASSWORD,
					new AccountData(name, name + "@reports.test", Role.OBSERVER, organisation, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return user(this.users.loadUserByUsername(name));
	}

}
