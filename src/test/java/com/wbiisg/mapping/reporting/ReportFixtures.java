package com.wbiisg.mapping.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data of the report tests, made through the API as its users would: submitted needs
 * of a fresh cycle, projects linked to them, drafts generated and moved through their
 * lifecycle.
 */
public final class ReportFixtures {

	private final MockMvc mvc;

	private final NeedFixtures needs;

	private final Membership membership;

	public ReportFixtures(MockMvc mvc, NeedFixtures needs, Membership membership) {
		this.mvc = mvc;
		this.needs = needs;
		this.membership = membership;
	}

	/**
	 * A submitted need of MK under PRE.2.1 with an estimated cost of EUR 120,000.
	 */
	public long submitted(long cycle, String title, boolean restricted) throws Exception {
		long need = this.needs.create(cycle, "MK", "PRE.2.1", Who.OWNER, title, restricted);
		this.needs.transition(need, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		return need;
	}

	/**
	 * A submitted need of MK under PRE.2.1 with the text given, however odd, an estimated
	 * cost of EUR 120,000 and the priority given.
	 */
	long submitted(long cycle, String title, String description, String institution, boolean restricted)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cycleId", cycle);
		body.put("measureCode", "PRE.2.1");
		body.put("partner", "MK");
		body.put("title", title);
		body.put("description", description);
		body.put("type", "operational");
		body.put("perspective", "prevention");
		body.put("priority", "high");
		body.put("institution", institution);
		body.put("estimatedCostEur", 120000);
		body.put("timeframe", "medium");
		body.put("restricted", restricted);
		String json = this.mvc
			.perform(post("/api/v1/needs").with(this.needs.as(Who.OWNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.builder().build().writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long need = ((Number) JsonPath.read(json, "$.id")).longValue();
		this.needs.transition(need, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
		return need;
	}

	/**
	 * A running project of the funder for MK, publicly listed or not.
	 */
	long project(String funder, String title, String budget, boolean publicListed) throws Exception {
		String body = """
				{"title": "%s", "organisations": [{"organisationId": %d, "role": "funding"}],
				 "partners": ["MK"], "initiatives": ["WBCTi"], "pillars": ["PRE"],
				 "budget": {"amount": %s, "currency": "EUR"}, "plannedStart": "2021-01-01",
				 "plannedEnd": "2022-12-31", "status": "implementation", "public": %s}""".formatted(title,
				organisation(funder), budget, publicListed);
		String json = this.mvc
			.perform(post("/api/v1/projects").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	void link(long project, long need, String coverage) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": %d, \"coverage\": \"%s\"}".formatted(need, coverage)))
			.andExpect(status().isCreated());
	}

	/**
	 * Generates the next draft of the cycle's Needs Mapping Report and answers its id.
	 */
	public long generate(long cycle) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/reports").with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"needs_mapping\", \"cycleId\": %d}".formatted(cycle)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	ResultActions transition(long draft, Who who, String action, @Nullable String decision) throws Exception {
		String body = "{\"action\": \"%s\", \"decision\": %s}".formatted(action,
				(decision == null) ? "null" : "\"" + decision + "\"");
		return this.mvc.perform(post("/api/v1/reports/" + draft + "/transitions").with(this.needs.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/**
	 * Takes the draft from where it stands with legal steps of the Secretariat to the
	 * status wanted.
	 */
	void bringTo(long draft, String wanted) throws Exception {
		String[][] steps = { { "DISCUSS", "DISCUSSED", "WBCTi SG, Skopje, 5 May 2021" }, { "FINALISE", "FINAL", null },
				{ "ADOPT", "ADOPTED", "6th IISG Board, Sarajevo, 20 June 2022" }, { "PUBLISH", "PUBLISHED", null } };
		String current = JsonPath.read(json("/api/v1/reports/" + draft, Who.SECRETARIAT), "$.status");
		boolean passed = current.equals("DRAFT");
		for (String[] step : steps) {
			if (!passed) {
				passed = step[1].equals(current);
				continue;
			}
			transition(draft, Who.SECRETARIAT, step[0], step[2]).andExpect(status().isOk());
			if (step[1].equals(wanted)) {
				return;
			}
		}
	}

	/**
	 * A file as the reader downloads it, after checking its media type.
	 */
	public byte[] file(String path, Who who, String contentType) throws Exception {
		return this.mvc.perform(get(path).with(this.needs.as(who)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(contentType))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	String json(String path, Who who) throws Exception {
		return this.mvc.perform(get(path).with(this.needs.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	public static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
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
