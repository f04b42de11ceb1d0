package com.wbiisg.mapping.analysis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Match suggestions through the API and the need page: best first, only what may be
 * linked, never what the reader may not see, current at once after every change, with
 * Cyrillic and Latin spellings matching, and a one-click link under the usual rules. Each
 * test writes on a subject of its own, as the index is shared with the other tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsIntegrationTests {

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

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.needs.openCycle();
	}

	@Test
	void suggestsRunningProjectsForANeedAndNeedsForAProjectBestFirst() throws Exception {
		long need = submitted("MK", "Forensic examination of seized cryptocurrency wallets",
				"Laboratory equipment and training to examine cryptocurrency wallets seized in terrorism financing "
						+ "cases.",
				false);
		long best = project("Cryptocurrency wallet forensics laboratory",
				"Equipment and training for examining seized cryptocurrency wallets.", "implementation", "MK");
		long weaker = project("Cryptocurrency tracing for financial investigators",
				"Tracing cryptocurrency transactions.", "pipeline", "MK");
		long closed = project("Cryptocurrency wallet forensics, first phase",
				"Examining seized cryptocurrency wallets.", "closed", "MK");

		String json = suggestions("needs", need, Who.BOARD);
		List<Integer> ids = JsonPath.read(json, "$[*].id");
		assertThat(ids).startsWith((int) best).contains((int) weaker).doesNotContain((int) closed);
		assertThat(ids.indexOf((int) weaker)).isGreaterThan(ids.indexOf((int) best));
		assertThat(JsonPath.<Map<String, Object>>read(json, "$[0]")).containsOnlyKeys("id", "title", "score");
		assertThat(JsonPath.<String>read(json, "$[0].title")).startsWith("Cryptocurrency wallet forensics laboratory");
		List<Number> scores = JsonPath.read(json, "$[*].score");
		assertThat(scores.stream().map(Number::doubleValue).toList())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(JsonPath.<List<Integer>>read(suggestions("projects", best, Who.BOARD), "$[*].id"))
			.startsWith((int) need);
	}

	@Test
	void followsNewProjectsLinksAndChangesAtOnce() throws Exception {
		long need = submitted("MK", "Counter-drone radars for stadium security",
				"Detection radars protecting stadiums and mass gatherings against unmanned aircraft.", false);
		long project = project("Counter-drone radars protecting stadiums",
				"Detection of unmanned aircraft over mass gatherings.", "implementation", "MK");
		assertThat(suggestedProjects(need)).as("a new project").contains(project);

		link(project, need);
		assertThat(suggestedProjects(need)).as("a linked project").doesNotContain(project);
		assertThat(suggestedNeeds(project)).as("a linked need").doesNotContain(need);

		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNoContent());
		assertThat(suggestedProjects(need)).as("an unlinked project").contains(project);

		long draft = this.needs.create(this.cycle, "MK", "PRE.2.1", Who.OWNER,
				"Counter-drone radars for the airport perimeter " + UUID.randomUUID(), false);
		assertThat(suggestedNeeds(project)).as("a draft need").doesNotContain(draft);
		this.needs.transition(draft, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		assertThat(suggestedNeeds(project)).as("the need once submitted").contains(draft, need);

		String current = this.mvc.perform(get("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String closed = body("Counter-drone radars protecting stadiums",
				"Detection of unmanned aircraft over mass gatherings.", "closed", "MK")
			.replaceFirst("}$", ", \"version\": " + JsonPath.read(current, "$.version") + "}");
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(closed))
			.andExpect(status().isOk());
		assertThat(suggestedProjects(need)).as("a closed project").doesNotContain(project);
	}

	@Test
	void neverSuggestsWhatTheReaderMayNotSee() throws Exception {
		String title = "Witness protection for informants in terrorism trials";
		String text = "Relocation and new identities for informants and witnesses testifying in terrorism trials.";
		long restricted = submitted("MK", title, text, true);
		long open = submitted("MK", title, text, false);
		long ofBosnia = submitted("BA", title, text, false);
		long forMacedonia = project("Witness protection programme for terrorism trials",
				"Relocation of witnesses and informants.", "implementation", "MK");
		long forAlbania = project("Witness protection programme for terrorism trials in Albania",
				"Relocation of witnesses and informants.", "implementation", "AL");

		assertThat(suggestedNeeds(forMacedonia, Who.GROUP_MEMBER)).as("a member of the working group")
			.contains(restricted, open)
			.as("a need of a partner the project does not benefit")
			.doesNotContain(ofBosnia);
		assertThat(suggestedNeeds(forMacedonia, Who.OUTSIDER)).as("outside the working group")
			.contains(open)
			.doesNotContain(restricted);
		this.mvc.perform(get("/api/v1/needs/" + restricted + "/suggestions").with(this.needs.as(Who.OUTSIDER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/needs/" + restricted + "/suggestions").with(this.needs.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					get("/api/v1/projects/" + forMacedonia + "/suggestions").with(this.needs.as(Who.OTHER_BENEFICIARY)))
			.andExpect(status().isNotFound());

		assertThat(suggestedProjects(open, Who.BOARD)).contains(forMacedonia, forAlbania);
		assertThat(suggestedProjects(open, Who.OWNER)).as("North Macedonia's focal point")
			.contains(forMacedonia)
			.doesNotContain(forAlbania);
	}

	@Test
	void matchesCyrillicAndLatinSpellingsOfTheSameSerbianWords() throws Exception {
		long need = submitted("MK", "Обука полиције за препознавање терористичких претњи",
				"Обука службеника Министарства унутрашњих послова.", false);
		long project = project("Obuka policije za prepoznavanje terorističkih pretnji",
				"Službenici Ministarstva unutrašnjih poslova.", "implementation", "MK");
		assertThat(suggestedProjects(need)).startsWith(project);
		assertThat(suggestedNeeds(project)).startsWith(need);
	}

	@Test
	void linksASuggestedProjectWithOneClickFromTheNeedPage() throws Exception {
		long need = submitted("MK", "Bomb disposal robots for the special police unit",
				"Remotely operated robots to defuse improvised explosive devices.", false);
		long project = project("Bomb disposal robots for special police units",
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
		long project = project("Sniffer dogs for explosives detection", "Dogs and handlers.", "implementation", "MK");
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

	private long submitted(String partner, String title, String description, boolean restricted) throws Exception {
		Who owner = partner.equals("MK") ? Who.OWNER : Who.OTHER_BENEFICIARY;
		String body = """
				{"cycleId": %d, "measureCode": "PRE.2.1", "partner": "%s", "title": "%s", "description": "%s",
				 "type": "operational", "perspective": "prevention", "priority": "high", "estimatedCostEur": 120000,
				 "timeframe": "medium", "restricted": %s}""".formatted(this.cycle, partner, title, description,
				restricted);
		String json = this.mvc.perform(
				post("/api/v1/needs").with(this.needs.as(owner)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long need = ((Number) JsonPath.read(json, "$.id")).longValue();
		this.needs.transition(need, "SUBMIT", owner, null, null).andExpect(status().isOk());
		return need;
	}

	/**
	 * A project of the United Kingdom, entered by the Secretariat: only the Secretariat
	 * and the United Kingdom's focal point may change it.
	 */
	private long project(String title, String description, String status, String... partners) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/projects").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, description, status, partners)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private String body(String title, String description, String status, String... partners) {
		String codes = String.join(",", java.util.Arrays.stream(partners).map((code) -> "\"" + code + "\"").toList());
		long uk = this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.shortName().equals("UK"))
			.findFirst()
			.orElseThrow()
			.id();
		return """
				{"title": "%s", "description": "%s", "organisations": [{"organisationId": %d, "role": "funding"}],
				 "partners": [%s], "initiatives": ["WBCTi"], "pillars": ["PRE"],
				 "budget": {"amount": 100000, "currency": "EUR"}, "funding": [{"stage": "committed", "amount": 100000}],
				 "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "status": "%s"}""".formatted(title,
				description, uk, codes, status);
	}

	private void link(long project, long need) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": %d, \"coverage\": \"partial\"}".formatted(need)))
			.andExpect(status().isCreated());
	}

	private String suggestions(String kind, long id, Who reader) throws Exception {
		return this.mvc.perform(get("/api/v1/" + kind + "/" + id + "/suggestions").with(this.needs.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<Long> suggestedProjects(long need) throws Exception {
		return suggestedProjects(need, Who.SECRETARIAT);
	}

	private List<Long> suggestedProjects(long need, Who reader) throws Exception {
		return ids(suggestions("needs", need, reader));
	}

	private List<Long> suggestedNeeds(long project) throws Exception {
		return suggestedNeeds(project, Who.SECRETARIAT);
	}

	private List<Long> suggestedNeeds(long project, Who reader) throws Exception {
		return ids(suggestions("projects", project, reader));
	}

	private static List<Long> ids(String json) {
		return JsonPath.<List<Number>>read(json, "$[*].id").stream().map(Number::longValue).toList();
	}

	private Document needPage(long need, Who reader) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/needs/" + need).with(this.needs.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
