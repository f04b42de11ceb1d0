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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Match suggestions through the API: best first, only what may be linked, never what the
 * reader may not see, current at once after every change, with Cyrillic and Latin
 * spellings matching. Each test writes on a subject of its own, as the index is shared
 * with the other tests.
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

	private SuggestionFixtures fixtures;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.needs.openCycle();
		this.fixtures = new SuggestionFixtures(this.mvc, this.needs, this.membership, this.cycle);
	}

	@Test
	void suggestsRunningProjectsForANeedAndNeedsForAProjectBestFirst() throws Exception {
		long need = this.fixtures.submitted("MK", "Forensic examination of seized cryptocurrency wallets",
				"Laboratory equipment and training to examine cryptocurrency wallets seized in terrorism financing "
						+ "cases.",
				false);
		long best = this.fixtures.project("Cryptocurrency wallet forensics laboratory",
				"Equipment and training for examining seized cryptocurrency wallets.", "implementation", "MK");
		long weaker = this.fixtures.project("Cryptocurrency tracing for financial investigators",
				"Tracing cryptocurrency transactions.", "pipeline", "MK");
		long closed = this.fixtures.project("Cryptocurrency wallet forensics, first phase",
				"Examining seized cryptocurrency wallets.", "closed", "MK");

		String json = this.fixtures.suggestions("needs", need, Who.BOARD);
		List<Integer> ids = JsonPath.read(json, "$[*].id");
		assertThat(ids).startsWith((int) best).contains((int) weaker).doesNotContain((int) closed);
		assertThat(ids.indexOf((int) weaker)).isGreaterThan(ids.indexOf((int) best));
		assertThat(JsonPath.<Map<String, Object>>read(json, "$[0]")).containsOnlyKeys("id", "title", "score");
		assertThat(JsonPath.<String>read(json, "$[0].title")).startsWith("Cryptocurrency wallet forensics laboratory");
		List<Number> scores = JsonPath.read(json, "$[*].score");
		assertThat(scores.stream().map(Number::doubleValue).toList())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(JsonPath.<List<Integer>>read(this.fixtures.suggestions("projects", best, Who.BOARD), "$[*].id"))
			.startsWith((int) need);
	}

	@Test
	void followsNewProjectsLinksAndChangesAtOnce() throws Exception {
		long need = this.fixtures.submitted("MK", "Counter-drone radars for stadium security",
				"Detection radars protecting stadiums and mass gatherings against unmanned aircraft.", false);
		long project = this.fixtures.project("Counter-drone radars protecting stadiums",
				"Detection of unmanned aircraft over mass gatherings.", "implementation", "MK");
		assertThat(this.fixtures.suggestedProjects(need)).as("a new project").contains(project);

		this.fixtures.link(project, need);
		assertThat(this.fixtures.suggestedProjects(need)).as("a linked project").doesNotContain(project);
		assertThat(this.fixtures.suggestedNeeds(project)).as("a linked need").doesNotContain(need);

		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNoContent());
		assertThat(this.fixtures.suggestedProjects(need)).as("an unlinked project").contains(project);

		long draft = this.needs.create(this.cycle, "MK", "PRE.2.1", Who.OWNER,
				"Counter-drone radars for the airport perimeter " + UUID.randomUUID(), false);
		assertThat(this.fixtures.suggestedNeeds(project)).as("a draft need").doesNotContain(draft);
		this.needs.transition(draft, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		assertThat(this.fixtures.suggestedNeeds(project)).as("the need once submitted").contains(draft, need);

		String current = this.mvc.perform(get("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String closed = this.fixtures
			.body("Counter-drone radars protecting stadiums", "Detection of unmanned aircraft over mass gatherings.",
					"closed", "MK")
			.replaceFirst("}$", ", \"version\": " + JsonPath.read(current, "$.version") + "}");
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(closed))
			.andExpect(status().isOk());
		assertThat(this.fixtures.suggestedProjects(need)).as("a closed project").doesNotContain(project);
	}

	@Test
	void neverSuggestsWhatTheReaderMayNotSee() throws Exception {
		String title = "Witness protection for informants in terrorism trials";
		String text = "Relocation and new identities for informants and witnesses testifying in terrorism trials.";
		long restricted = this.fixtures.submitted("MK", title, text, true);
		long open = this.fixtures.submitted("MK", title, text, false);
		long ofBosnia = this.fixtures.submitted("BA", title, text, false);
		long forMacedonia = this.fixtures.project("Witness protection programme for terrorism trials",
				"Relocation of witnesses and informants.", "implementation", "MK");
		long forAlbania = this.fixtures.project("Witness protection programme for terrorism trials in Albania",
				"Relocation of witnesses and informants.", "implementation", "AL");

		assertThat(this.fixtures.suggestedNeeds(forMacedonia, Who.GROUP_MEMBER)).as("a member of the working group")
			.contains(restricted, open)
			.as("a need of a partner the project does not benefit")
			.doesNotContain(ofBosnia);
		assertThat(this.fixtures.suggestedNeeds(forMacedonia, Who.OUTSIDER)).as("outside the working group")
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

		assertThat(this.fixtures.suggestedProjects(open, Who.BOARD)).contains(forMacedonia, forAlbania);
		assertThat(this.fixtures.suggestedProjects(open, Who.OWNER)).as("North Macedonia's focal point")
			.contains(forMacedonia)
			.doesNotContain(forAlbania);
	}

	@Test
	void matchesCyrillicAndLatinSpellingsOfTheSameSerbianWords() throws Exception {
		long need = this.fixtures.submitted("MK", "Обука полиције за препознавање терористичких претњи",
				"Обука службеника Министарства унутрашњих послова.", false);
		long project = this.fixtures.project("Obuka policije za prepoznavanje terorističkih pretnji",
				"Službenici Ministarstva unutrašnjih poslova.", "implementation", "MK");
		assertThat(this.fixtures.suggestedProjects(need)).startsWith(project);
		assertThat(this.fixtures.suggestedNeeds(project)).startsWith(need);
	}

}
