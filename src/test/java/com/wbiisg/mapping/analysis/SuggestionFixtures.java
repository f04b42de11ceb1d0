package com.wbiisg.mapping.analysis;

import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Needs and projects on subjects of a test's own, entered through the API, and their
 * suggestions as a reader gets them.
 */
final class SuggestionFixtures {

	private final MockMvc mvc;

	private final NeedFixtures needs;

	private final Membership membership;

	private final long cycle;

	SuggestionFixtures(MockMvc mvc, NeedFixtures needs, Membership membership, long cycle) {
		this.mvc = mvc;
		this.needs = needs;
		this.membership = membership;
		this.cycle = cycle;
	}

	/**
	 * A need of MK (entered by its focal point) or BA under PRE.2.1, submitted.
	 */
	long submitted(String partner, String title, String description, boolean restricted) throws Exception {
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
	long project(String title, String description, String status, String... partners) throws Exception {
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

	String body(String title, String description, String status, String... partners) {
		String codes = String.join(",", Arrays.stream(partners).map((code) -> "\"" + code + "\"").toList());
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

	void link(long project, long need) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": %d, \"coverage\": \"partial\"}".formatted(need)))
			.andExpect(status().isCreated());
	}

	String suggestions(String kind, long id, Who reader) throws Exception {
		return this.mvc.perform(get("/api/v1/" + kind + "/" + id + "/suggestions").with(this.needs.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	List<Long> suggestedProjects(long need) throws Exception {
		return suggestedProjects(need, Who.SECRETARIAT);
	}

	List<Long> suggestedProjects(long need, Who reader) throws Exception {
		return ids(suggestions("needs", need, reader));
	}

	List<Long> suggestedNeeds(long project) throws Exception {
		return suggestedNeeds(project, Who.SECRETARIAT);
	}

	List<Long> suggestedNeeds(long project, Who reader) throws Exception {
		return ids(suggestions("projects", project, reader));
	}

	static List<Long> ids(String json) {
		return JsonPath.<List<Number>>read(json, "$[*].id").stream().map(Number::longValue).toList();
	}

}
