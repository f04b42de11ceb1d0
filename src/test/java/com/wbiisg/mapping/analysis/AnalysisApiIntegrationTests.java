package com.wbiisg.mapping.analysis;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analysis API on a cycle of its own: the figures follow every change to needs,
 * projects and links at once, and restricted needs count in aggregates but never appear
 * in lists for those who may not see them.
 */
@IntegrationTest
class AnalysisApiIntegrationTests {

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

	@BeforeEach
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.needs.openCycle();
	}

	@Test
	void rollsUpCoverageFundingAndGapsPerPartnerAndPillar() throws Exception {
		long covered = submitted("MK", "PRE.2.1", false);
		long partial = submitted("MK", "PRE.2.1", false);
		long none = submitted("MK", "PRE.2.1", false);
		long ofBosnia = submitted("BA", "PRE.2.1", false);
		this.needs.draft(this.cycle, false);
		// Italy funds 1,000,000: 60% to the first need (full), 40% to the second
		// (partial).
		long italy = project("IT", "implementation", "1000000", null, "MK");
		link(italy, covered, "full", "60");
		link(italy, partial, "partial", "40");
		// A closed project covers nothing.
		link(project("UK", "closed", "500000", null, "MK", "BA"), ofBosnia, "full", "null");

		coverage("partner,pillar").andExpect(status().isOk())
			.andExpect(jsonPath("$.cells.length()").value(2))
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].needs").value(contains(3)))
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].covered").value(contains(1)))
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].partial").value(contains(1)))
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].uncovered").value(contains(1)))
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].mappedFundingEur").value(contains(1000000.0)))
			// estimate 120,000 each: gaps 0, 0 and 120,000
			.andExpect(jsonPath("$.cells[?(@.partner == 'MK')].fundingGapEur").value(contains(120000.0)))
			.andExpect(jsonPath("$.cells[?(@.partner == 'BA')].uncovered").value(contains(1)))
			.andExpect(jsonPath("$.totals.needs").value(4))
			.andExpect(jsonPath("$.totals.estimatedCostEur").value(480000.0));

		this.mvc
			.perform(get("/api/v1/analysis/funding?cycle=%d&by=funder,pillar,partner".formatted(this.cycle))
				.with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].funder").value("IT"))
			.andExpect(jsonPath("$.rows[0].partner").value("MK"))
			.andExpect(jsonPath("$.rows[0].amountEur").value(1000000.0));
		this.mvc
			.perform(get("/api/v1/analysis/needs?cycle=%d&coverage=none&priority=high".formatted(this.cycle))
				.with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) none, (int) ofBosnia)));
	}

	@Test
	void followsLinksUnlinksAndChangesOfProjectsAtOnce() throws Exception {
		long need = submitted("MK", "PRE.2.1", false);
		long project = project("IT", "pipeline", "200000", null, "MK");
		link(project, need, "full", "null");
		assertThat(cell("MK", "covered")).as("a pipeline project without committed funding").isZero();
		String committed = body("IT", "pipeline", "200000", "committed", "MK").replaceFirst("}$", ", \"version\": 0}");
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(committed))
			.andExpect(status().isOk());
		assertThat(cell("MK", "covered")).isEqualTo(1);
		assertThat(cell("MK", "mappedFundingEur")).isEqualTo(200000);
		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNoContent());
		assertThat(cell("MK", "covered")).isZero();
		assertThat(cell("MK", "mappedFundingEur")).isZero();
	}

	@Test
	void findsOverlapsOfDifferentFundersAndListsTheirProjects() throws Exception {
		long need = submitted("MK", "PRE.2.1", false);
		link(project("IT", "implementation", "100000", null, "MK"), need, "partial", "null");
		link(project("UK", "finalisation", "100000", null, "MK"), need, "partial", "null");
		assertThat(cell("MK", "overlapping")).isEqualTo(1);
		String json = this.mvc
			.perform(get("/api/v1/analysis/overlaps?cycle=" + this.cycle).with(this.needs.as(Who.PILLAR_LEAD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(json, "$[*].needId")).containsExactly((int) need);
		assertThat(JsonPath.<List<String>>read(json, "$[0].projects[*].funders[0]")).containsExactlyInAnyOrder("IT",
				"UK");
	}

	@Test
	void countsRestrictedNeedsInFiguresButListsThemOnlyToThoseWhoMaySeeThem() throws Exception {
		long restricted = submitted("MK", "PRE.2.1", true);
		long open = submitted("MK", "PRE.2.1", false);
		long italy = project("IT", "implementation", "100000", null, "MK");
		link(italy, restricted, "partial", "null");
		link(project("UK", "implementation", "100000", null, "MK"), restricted, "partial", "null");
		for (Who reader : List.of(Who.OUTSIDER, Who.OTHER_BENEFICIARY, Who.GROUP_MEMBER, Who.OWNER)) {
			this.mvc
				.perform(get("/api/v1/analysis/coverage?cycle=%d".formatted(this.cycle)).with(this.needs.as(reader)))
				.andExpect(jsonPath("$.totals.needs").value(2))
				.andExpect(jsonPath("$.totals.overlapping").value(1));
		}
		for (Who outsider : List.of(Who.OUTSIDER, Who.OTHER_BENEFICIARY)) {
			String needsJson = this.mvc
				.perform(get("/api/v1/analysis/needs?cycle=%d".formatted(this.cycle)).with(this.needs.as(outsider)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(needsJson).doesNotContain("\"id\":" + restricted + ",");
			String overlaps = this.mvc
				.perform(get("/api/v1/analysis/overlaps?cycle=%d".formatted(this.cycle)).with(this.needs.as(outsider)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(overlaps).isEqualTo("[]");
		}
		this.mvc.perform(get("/api/v1/analysis/needs?cycle=%d".formatted(this.cycle)).with(this.needs.as(Who.OUTSIDER)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(open));
		this.mvc
			.perform(get("/api/v1/analysis/needs?cycle=%d".formatted(this.cycle)).with(this.needs.as(Who.GROUP_MEMBER)))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/analysis/overlaps?cycle=%d".formatted(this.cycle)).with(this.needs.as(Who.OWNER)))
			.andExpect(jsonPath("$[0].needId").value(restricted));
	}

	@Test
	void refusesUnknownDimensionsAndOrganisations() throws Exception {
		coverage("partner,colour").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("by"));
		this.mvc
			.perform(get("/api/v1/analysis/funding?cycle=%d&by=funder,implementer".formatted(this.cycle))
				.with(this.needs.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(get("/api/v1/analysis/coverage?cycle=%d&funder=NOBODY".formatted(this.cycle))
				.with(this.needs.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/analysis/coverage?cycle=999999").with(this.needs.as(Who.BOARD)))
			.andExpect(status().isNotFound());
	}

	private long submitted(String partner, String measure, boolean restricted) throws Exception {
		Who owner = partner.equals("MK") ? Who.OWNER : Who.OTHER_BENEFICIARY;
		long need = this.needs.create(this.cycle, partner, measure, owner, "Need " + UUID.randomUUID(), restricted);
		this.needs.transition(need, "SUBMIT", owner, null, null).andExpect(status().isOk());
		return need;
	}

	private String body(String funder, String status, String budget, String stage, String... partners) {
		StringBuilder codes = new StringBuilder();
		for (String partner : partners) {
			codes.append((codes.length() == 0) ? "" : ",").append('"').append(partner).append('"');
		}
		String funding = (stage == null) ? "[]" : "[{\"stage\": \"%s\", \"amount\": %s}]".formatted(stage, budget);
		return """
				{"title": "Project %s", "organisations": [{"organisationId": %d, "role": "funding"}],
				 "partners": [%s], "initiatives": ["WBCTi"], "budget": {"amount": %s, "currency": "EUR"},
				 "funding": %s, "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "status": "%s"}"""
			.formatted(UUID.randomUUID(), organisation(funder), codes, budget, funding, status);
	}

	private long project(String funder, String status, String budget, String stage, String... partners)
			throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/projects").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(funder, status, budget, stage, partners)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private void link(long project, long need, String coverage, String share) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": %d, \"coverage\": \"%s\", \"sharePercent\": %s}".formatted(need, coverage,
						share)))
			.andExpect(status().isCreated());
	}

	private ResultActions coverage(String by) throws Exception {
		return this.mvc.perform(get("/api/v1/analysis/coverage?cycle=%d&by=%s".formatted(this.cycle, by))
			.with(this.needs.as(Who.BOARD)));
	}

	private double cell(String partner, String field) throws Exception {
		String json = coverage("partner").andReturn().getResponse().getContentAsString();
		List<Number> values = JsonPath.read(json, "$.cells[?(@.partner == '%s')].%s".formatted(partner, field));
		return values.isEmpty() ? 0 : values.get(0).doubleValue();
	}

	private long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.shortName().equals(shortName))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
