package com.wbiisg.mapping.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafts are snapshots: on a cycle of its own, a draft stays as it was when the needs and
 * links change afterwards, and the comparison of two drafts lists exactly the changes
 * made between them, hiding the needs a reader may not see.
 */
@IntegrationTest
class ReportDiffIntegrationTests {

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
	ReportReading reading;

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
	void keepsADraftAsItWasWhenNeedsAndLinksChangeAfterwards() throws Exception {
		long changed = this.reports.submitted(this.cycle, ReportFixtures.unique("Need to change"), false);
		long linked = this.reports.submitted(this.cycle, ReportFixtures.unique("Need to unlink"), false);
		long project = this.reports.project("IT", ReportFixtures.unique("Project"), "100000", true);
		this.reports.link(project, linked, "full");
		long draft = this.reports.generate(this.cycle);
		String before = this.reports.json("/api/v1/reports/" + draft, Who.SECRETARIAT);
		ReportSnapshot snapshot = as(Who.SECRETARIAT, () -> this.reading.snapshot(draft));

		edit(changed, "A new title", "low", "500000");
		this.mvc
			.perform(delete("/api/v1/projects/" + project + "/links/" + linked).with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNoContent());
		this.reports.link(project, changed, "partial");

		assertThat(this.reports.json("/api/v1/reports/" + draft, Who.SECRETARIAT)).isEqualTo(before);
		assertThat(as(Who.SECRETARIAT, () -> this.reading.snapshot(draft))).isEqualTo(snapshot);
		assertThat(snapshot.totals().covered()).isEqualTo(1);
		assertThat(snapshot.links()).extracting(ReportSnapshot.LinkRow::needId).containsExactly(linked);
		long next = this.reports.generate(this.cycle);
		String after = this.reports.json("/api/v1/reports/" + next, Who.SECRETARIAT);
		assertThat(JsonPath.<Integer>read(after, "$.figures.covered")).isZero();
		assertThat(JsonPath.<Integer>read(after, "$.figures.partial")).isEqualTo(1);
	}

	@Test
	void listsExactlyTheChangesMadeBetweenTwoDrafts() throws Exception {
		long validated = this.reports.submitted(this.cycle, ReportFixtures.unique("To validate"), false);
		long edited = this.reports.submitted(this.cycle, ReportFixtures.unique("To edit"), false);
		long withdrawn = this.reports.submitted(this.cycle, ReportFixtures.unique("To withdraw"), false);
		long added = this.needs.create(this.cycle, "MK", "PRE.2.1", Who.OWNER, ReportFixtures.unique("To submit"),
				false);
		long existing = this.reports.project("IT", ReportFixtures.unique("Existing project"), "100000", true);
		this.reports.link(existing, validated, "full");
		long first = this.reports.generate(this.cycle);

		this.needs.transition(validated, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		edit(edited, "An edited title", "low", "200000");
		this.needs.transition(withdrawn, "WITHDRAW", Who.OWNER, null, null).andExpect(status().isOk());
		this.needs.transition(added, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		long newProject = this.reports.project("UK", ReportFixtures.unique("New project"), "300000", true);
		this.reports.link(newProject, edited, "full");
		long second = this.reports.generate(this.cycle);

		String diff = this.reports.json("/api/v1/reports/%d/diff/%d".formatted(second, first), Who.SECRETARIAT);
		assertThat(JsonPath.<Integer>read(diff, "$.from.draftNumber")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(diff, "$.to.draftNumber")).isEqualTo(2);
		assertThat(ids(diff, "$.needsAdded[*].id")).containsExactly(added);
		assertThat(ids(diff, "$.needsRemoved[*].id")).containsExactly(withdrawn);
		assertThat(ids(diff, "$.needsChanged[*].id")).containsExactlyInAnyOrder(validated, edited);
		assertThat(fields(diff, validated)).containsExactly("status");
		assertThat(fields(diff, edited)).containsExactly("title", "priority", "estimatedCostEur", "coverage",
				"mappedFundingEur", "fundingGapEur");
		assertThat(JsonPath.<List<Map<String, Object>>>read(diff,
				"$.needsChanged[?(@.id == %d)].fields[?(@.field == 'title')]".formatted(edited)))
			.singleElement()
			.satisfies((field) -> assertThat(field).containsEntry("after", "An edited title"));
		assertThat(ids(diff, "$.coverage[*].id")).containsExactly(edited);
		assertThat(JsonPath.<String>read(diff, "$.coverage[0].before")).isEqualTo("NONE");
		assertThat(JsonPath.<String>read(diff, "$.coverage[0].after")).isEqualTo("FULL");
		assertThat(JsonPath.<List<String>>read(diff, "$.totals[*].figure")).containsExactly("covered", "uncovered",
				"estimatedCostEur", "mappedFundingEur", "fundingGapEur");
		assertThat(JsonPath.<List<Number>>read(diff, "$.totals[?(@.figure == 'estimatedCostEur')].after"))
			.singleElement()
			.satisfies((cost) -> assertThat(cost.doubleValue()).isEqualTo(440000));
		assertThat(JsonPath.<List<String>>read(diff, "$.cells[*].figure")).containsExactly("covered", "uncovered",
				"estimatedCostEur", "mappedFundingEur", "fundingGapEur");
		assertThat(ids(diff, "$.projectsAdded[*].id")).containsExactly(newProject);
		assertThat(ids(diff, "$.projectsRemoved[*].id")).isEmpty();

		String none = this.reports.json("/api/v1/reports/%d/diff/%d".formatted(second, second), Who.BOARD);
		assertThat(JsonPath.<Boolean>read(none, "$.empty")).isTrue();
	}

	@Test
	void showsChangesOfRestrictedNeedsOnlyInTheFiguresToThoseWhoMayNotSeeThem() throws Exception {
		String title = ReportFixtures.unique("Restricted need");
		long restricted = this.reports.submitted(this.cycle, title, true);
		long open = this.reports.submitted(this.cycle, ReportFixtures.unique("Open need"), false);
		long first = this.reports.generate(this.cycle);
		edit(restricted, title + " edited", "low", "90000");
		this.needs.transition(open, "VALIDATE", Who.PILLAR_LEAD, null, null).andExpect(status().isOk());
		long second = this.reports.generate(this.cycle);

		String outsider = this.reports.json("/api/v1/reports/%d/diff/%d".formatted(first, second), Who.OUTSIDER);
		assertThat(outsider).doesNotContain(title);
		assertThat(ids(outsider, "$.needsChanged[*].id")).containsExactly(open);
		assertThat(ids(outsider, "$.needsAdded[*].id")).isEmpty();
		assertThat(ids(outsider, "$.needsRemoved[*].id")).isEmpty();
		assertThat(JsonPath.<List<String>>read(outsider, "$.totals[*].figure")).containsExactly("estimatedCostEur",
				"fundingGapEur");
		String board = this.reports.json("/api/v1/reports/%d/diff/%d".formatted(first, second), Who.BOARD);
		assertThat(ids(board, "$.needsChanged[*].id")).containsExactlyInAnyOrder(open, restricted);
		assertThat(board).contains(title + " edited");
	}

	@Test
	void comparesOnlyDraftsOfTheSameReport() throws Exception {
		long draft = this.reports.generate(this.cycle);
		long other = this.reports.generate(this.needs.openCycle());
		this.mvc.perform(get("/api/v1/reports/%d/diff/%d".formatted(draft, other)).with(this.needs.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("otherId"));
		this.mvc.perform(get("/api/v1/reports/%d/diff/%d".formatted(draft, 999999)).with(this.needs.as(Who.BOARD)))
			.andExpect(status().isNotFound());
	}

	/**
	 * Returns the need to its partner, who edits title, priority and cost, and submits it
	 * again.
	 */
	private void edit(long need, String title, String priority, String cost) throws Exception {
		this.needs.transition(need, "RETURN", Who.PILLAR_LEAD, "Please revise", null).andExpect(status().isOk());
		String current = this.reports.json("/api/v1/needs/" + need, Who.OWNER);
		int version = JsonPath.read(current, "$.version");
		boolean restricted = JsonPath.read(current, "$.restricted");
		String body = """
				{"cycleId": %d, "measureCode": "PRE.2.1", "partner": "MK", "title": "%s",
				 "description": "Multi-agency training for front-line practitioners.", "type": "operational",
				 "perspective": "prevention", "priority": "%s", "institution": "MoI – Committee for CT & P/CVE",
				 "estimatedCostEur": %s, "timeframe": "medium", "references": ["JAP2", "national strategy"],
				 "restricted": %s, "version": %d}""".formatted(this.cycle, title, priority, cost, restricted, version);
		this.mvc
			.perform(put("/api/v1/needs/" + need).with(this.needs.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
		this.needs.transition(need, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
	}

	private static List<Long> ids(String json, String path) {
		return JsonPath.<List<Number>>read(json, path).stream().map(Number::longValue).toList();
	}

	private static List<String> fields(String diff, long need) {
		return JsonPath.read(diff, "$.needsChanged[?(@.id == %d)].fields[*].field".formatted(need));
	}

	private <T> T as(Who who, Supplier<T> action) {
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

}
