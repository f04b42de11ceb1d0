package com.wbiisg.mapping.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.analysis.internal.RankingWeights;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The ranking of the suggestions measured on the demo data, whose 25 links were made by
 * hand to fit the needs (see demo/responses.yml): for every need with links, the projects
 * ranked for it as if nothing were linked yet, against the projects linked to it. Shares
 * the Spring context of the other demo data tests (same properties).
 */
@SpringBootTest(properties = { "iisg.demo.password=Demo-Data-Test-2",
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class SuggestionQualityIntegrationTests {

	private static final int K = 5;

	@Autowired
	MatchSuggestions suggestions;

	@Autowired
	NeedFacts needs;

	@Autowired
	ProjectFacts projects;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/**
	 * Demo needs have one or two linked projects (25 links over 22 needs), so precision@5
	 * cannot exceed 25 / (22 × 5) = 0.227, and recall@5 is the figure that says whether
	 * the linked projects come up. A ranking by chance would give recall@5 of 5 / 17 ≈
	 * 0.3. The floor of 0.8 means "the linked projects of most needs rank in the top 5"
	 * and leaves room for a few links whose texts share little (a regional network of
	 * coordinators linked to a national coordinator's need) as the demo data grows; the
	 * data gives 1.0 today. Without the measure signal (a measure that no project
	 * addresses yet) the texts, partners, pillars and periods alone must still find most:
	 * floor 0.6.
	 */
	@Test
	void ranksTheLinkedProjectsOfLinkedNeedsInTheTopFive() {
		Figures withMeasures = evaluate(RankingWeights.DEFAULT);
		Figures textsOnly = evaluate(RankingWeights.DEFAULT.withoutMeasures());
		System.out.println(withMeasures.line("precision@5", withMeasures.precision(), ""));
		System.out.println(withMeasures.line("recall@5", withMeasures.recall(), ""));
		System.out.println(withMeasures.line("precision@1", withMeasures.firstLinked(), ""));
		System.out.println(textsOnly.line("precision@5", textsOnly.precision(), " without the measure signal"));
		System.out.println(textsOnly.line("recall@5", textsOnly.recall(), " without the measure signal"));
		System.out.println(textsOnly.line("precision@1", textsOnly.firstLinked(), " without the measure signal"));
		assertThat(withMeasures.needs()).as("demo needs with links").isGreaterThanOrEqualTo(15);
		assertThat(withMeasures.recall()).isGreaterThanOrEqualTo(0.8);
		assertThat(withMeasures.allFound()).as("needs with every linked project in the top 5")
			.isGreaterThan(withMeasures.needs() / 2);
		assertThat(textsOnly.recall()).isGreaterThanOrEqualTo(0.6);
	}

	@Test
	void answersASuggestionCallInMilliseconds() throws Exception {
		List<Long> linked = linkedNeeds();
		// Signed in once: HTTP Basic would hash the password at every call.
		RequestPostProcessor secretariat = user(this.users.loadUserByUsername("secretariat"));
		long[] api = new long[100];
		long[] ranking = new long[100];
		for (int call = -20; call < 100; call++) {
			long needId = linked.get(Math.floorMod(call, linked.size()));
			long started = System.nanoTime();
			String json = this.mvc.perform(get("/api/v1/needs/" + needId + "/suggestions").with(secretariat))
				.andReturn()
				.getResponse()
				.getContentAsString();
			long answered = System.nanoTime();
			this.suggestions.rankAllProjectsForNeed(needId, MatchSuggestions.LIMIT, RankingWeights.DEFAULT);
			if (call >= 0) {
				api[call] = answered - started;
				ranking[call] = System.nanoTime() - answered;
			}
			assertThat(JsonPath.<List<Object>>read(json, "$")).hasSizeLessThanOrEqualTo(MatchSuggestions.LIMIT);
		}
		Arrays.sort(api);
		Arrays.sort(ranking);
		System.out.printf(Locale.ROOT,
				"Suggestions for a need on the demo data, 100 calls: API p50 %.2f ms, p90 %.2f ms; "
						+ "ranking alone p50 %.2f ms, p90 %.2f ms%n",
				api[49] / 1e6, api[89] / 1e6, ranking[49] / 1e6, ranking[89] / 1e6);
	}

	private Figures evaluate(RankingWeights weights) {
		double precision = 0;
		double recall = 0;
		int allFound = 0;
		int first = 0;
		List<Long> needIds = linkedNeeds();
		for (long needId : needIds) {
			Set<Long> linked = this.projects.linksOfNeed(needId)
				.stream()
				.map(ProjectLinkView::projectId)
				.collect(Collectors.toSet());
			List<Long> ranked = this.suggestions.rankAllProjectsForNeed(needId, K, weights)
				.stream()
				.map(Suggestion::id)
				.toList();
			first += (!ranked.isEmpty() && linked.contains(ranked.get(0))) ? 1 : 0;
			Set<Long> found = new HashSet<>(ranked);
			found.retainAll(linked);
			precision += found.size() / (double) K;
			recall += found.size() / (double) linked.size();
			allFound += (found.size() == linked.size()) ? 1 : 0;
		}
		int count = needIds.size();
		return new Figures(count, precision / count, recall / count, first / (double) count, allFound);
	}

	private List<Long> linkedNeeds() {
		List<Long> linked = new ArrayList<>();
		long after = 0;
		List<NeedFact> batch;
		while (!(batch = this.needs.batchAfter(after, 500)).isEmpty()) {
			for (NeedFact need : batch) {
				if (!this.projects.linksOfNeed(need.id()).isEmpty()) {
					linked.add(need.id());
				}
			}
			after = batch.get(batch.size() - 1).id();
		}
		return linked;
	}

	private record Figures(int needs, double precision, double recall, double firstLinked, int allFound) {

		String line(String name, double value, String note) {
			return String.format(Locale.ROOT, "Suggestions on the demo data%s: %s = %.3f over %d linked needs", note,
					name, value, this.needs);
		}

	}

}
