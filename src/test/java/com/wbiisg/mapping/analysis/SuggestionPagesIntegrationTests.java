package com.wbiisg.mapping.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.analysis.internal.SuggestionSection;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.responses.ProjectPageSection;
import com.wbiisg.mapping.responses.internal.ProjectQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Match suggestions on the pages: "projects that may address this need" on a need's page
 * and "needs this project may address" for a project's page, each with a one-click link
 * for those who may change the project, under the usual link rules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionPagesIntegrationTests {

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
	List<ProjectPageSection> projectSections;

	@Autowired
	ProjectQueries projectQueries;

	@Autowired
	ITemplateEngine templates;

	private NeedFixtures needs;

	private SuggestionFixtures fixtures;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.needs.openCycle();
		this.fixtures = new SuggestionFixtures(this.mvc, this.needs, this.membership, this.cycle);
	}

	@Test
	void linksASuggestedProjectWithOneClickFromTheNeedPage() throws Exception {
		long need = this.fixtures.submitted("MK", "Bomb disposal robots for the special police unit",
				"Remotely operated robots to defuse improvised explosive devices.", false);
		long project = this.fixtures.project("Bomb disposal robots for special police units",
				"Robots to defuse improvised explosive devices.", "implementation", "MK");
		Document page = needPage(need, Who.SECRETARIAT);
		assertThat(page.select("#need-suggestions-heading").text()).isEqualTo("Projects that may address this need");
		assertThat(page.select("#suggested-project-" + project + " a").text())
			.startsWith("Bomb disposal robots for special police units");
		assertThat(page.select("#link-project-" + project)).hasSize(1);
		assertThat(needPage(need, Who.GROUP_MEMBER).select("#suggested-project-" + project))
			.as("a project of another organisation")
			.hasSize(1);
		assertThat(needPage(need, Who.GROUP_MEMBER).select("#link-project-" + project)).isEmpty();

		this.mvc
			.perform(post("/suggestions/links").with(this.needs.as(Who.SECRETARIAT))
				.with(csrf())
				.param("projectId", String.valueOf(project))
				.param("needId", String.valueOf(need))
				.param("from", "need"))
			.andExpect(redirectedUrl("/needs/" + need))
			.andExpect(flash().attribute("flashKey", "analysis.suggestions.linked"));
		String linked = this.mvc.perform(get("/api/v1/needs/" + need + "/projects").with(this.needs.as(Who.BOARD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(linked, "$[?(@.id == %d)].coverage".formatted(project)))
			.containsExactly("PARTIAL");
		assertThat(needPage(need, Who.SECRETARIAT).select("#suggested-project-" + project)).isEmpty();
	}

	@Test
	void explainsARefusedLinkOnThePageItCameFrom() throws Exception {
		long draft = this.needs.create(this.cycle, "MK", "PRE.2.1", Who.OWNER, "Sniffer dogs for explosives", false);
		long project = this.fixtures.project("Sniffer dogs for explosives detection", "Dogs and handlers.",
				"implementation", "MK");
		this.mvc
			.perform(post("/suggestions/links").with(this.needs.as(Who.SECRETARIAT))
				.with(csrf())
				.param("projectId", String.valueOf(project))
				.param("needId", String.valueOf(draft)))
			.andExpect(redirectedUrl("/needs/" + draft))
			.andExpect(flash().attribute("suggestionLinkErrors",
					List.of("Need " + draft + " is still a draft of its partner; link it once it is submitted.")));
		String page = this.mvc
			.perform(get("/needs/" + draft).with(this.needs.as(Who.SECRETARIAT))
				.flashAttr("suggestionLinkErrors", List.of("Need " + draft + " is still a draft.")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		assertThat(document.select("#suggestion-link-errors").text()).isEqualTo("Need " + draft + " is still a draft.");
		assertThat(document.select("#link-project-" + project)).as("no link to a draft").isEmpty();
		this.mvc.perform(post("/suggestions/links").with(this.needs.as(Who.OWNER)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void offersTheNeedsAProjectMayAddressToThePageOfTheProject() throws Exception {
		long need = this.fixtures.submitted("MK", "Mobile fingerprint scanners for the border police",
				"Handheld biometric scanners checking travellers against watch lists.", false);
		long project = this.fixtures.project("Mobile fingerprint scanners for border police officers",
				"Handheld biometric scanners and their training.", "implementation", "MK");
		ProjectPageSection section = this.projectSections.stream()
			.filter((candidate) -> candidate.template().equals("analysis/fragments/project-suggestions"))
			.findFirst()
			.orElseThrow();

		SuggestionSection forSecretariat = signedIn(Who.SECRETARIAT,
				() -> (SuggestionSection) section.data(this.projectQueries.get(project).project()));
		assertThat(forSecretariat.rows().get(0).id()).isEqualTo(need);
		assertThat(forSecretariat.rows().get(0).linkable()).isTrue();
		Document rendered = render(section.template(), forSecretariat);
		assertThat(rendered.select("#project-suggestions-heading").text()).isEqualTo("Needs this project may address");
		assertThat(rendered.select("#suggested-need-" + need + " a").text())
			.isEqualTo("Mobile fingerprint scanners for the border police");
		assertThat(rendered.select("#link-need-" + need + " input[name=from]").val()).isEqualTo("project");
		assertThat(rendered.select("#link-need-" + need + " input[name=projectId]").val())
			.isEqualTo(String.valueOf(project));

		SuggestionSection forAnotherMember = signedIn(Who.GROUP_MEMBER,
				() -> (SuggestionSection) section.data(this.projectQueries.get(project).project()));
		assertThat(forAnotherMember.rows()).extracting(SuggestionSection.Row::id).contains(need);
		assertThat(forAnotherMember.rows()).noneMatch(SuggestionSection.Row::linkable);
		assertThat(render(section.template(), forAnotherMember).select("#link-need-" + need)).isEmpty();

		String page = this.mvc.perform(get("/projects/" + project).with(this.needs.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#project-suggestions #suggested-need-" + need + " a").text())
			.as("the project page renders the section")
			.isEqualTo("Mobile fingerprint scanners for the border police");
	}

	private <T> T signedIn(Who who, Supplier<T> action) {
		UserDetails user = this.users.loadUserByUsername(this.needs.username(who));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The section's fragment as a page would render it (the project page is not part of
	 * this module).
	 */
	private Document render(String template, SuggestionSection data) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects/1");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH);
		context.setVariable("suggestions", data);
		return Jsoup.parse(this.templates.process(template, Set.of("section"), context));
	}

	private Document needPage(long need, Who reader) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/needs/" + need).with(this.needs.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
