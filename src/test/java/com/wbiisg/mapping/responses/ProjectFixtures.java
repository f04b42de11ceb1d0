package com.wbiisg.mapping.responses;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Projects entered through the API by the users of {@link NeedFixtures}: Italy's focal
 * point (a WBCTi working group member) reports them unless told otherwise.
 */
public final class ProjectFixtures {

	private final MockMvc mvc;

	private final NeedFixtures needs;

	private final Membership membership;

	public ProjectFixtures(MockMvc mvc, NeedFixtures needs, Membership membership) {
		this.mvc = mvc;
		this.needs = needs;
		this.membership = membership;
	}

	long organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.shortName().equals(shortName))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * A project body: funded by Italy, implemented by DCAF, benefiting the partners
	 * given, with a budget of GBP 1,000,000 at 1.16.
	 */
	String body(String title, String... partners) {
		return """
				{"title": "%s", "description": "Mentoring and training.",
				 "organisations": [{"organisationId": %d, "role": "funding"},
				                   {"organisationId": %d, "role": "IMPLEMENTING"}],
				 "partners": [%s], "initiatives": ["WBCTi"], "pillars": ["PRE"],
				 "budget": {"amount": 1000000, "currency": "gbp", "eurRate": 1.16},
				 "funding": [{"stage": "committed", "amount": 800000, "year": 2021}],
				 "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "status": "implementation"}"""
			.formatted(title, organisation("IT"), organisation("DCAF"), quoted(partners));
	}

	ResultActions register(Who who, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/projects").with(this.needs.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/**
	 * A new project of Italy benefiting the partners, and its id.
	 */
	public long project(String title, String... partners) throws Exception {
		String json = register(Who.GROUP_MEMBER, body(title + " " + UUID.randomUUID(), partners)).andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	public ResultActions link(Who who, long project, long need, String coverage, String share) throws Exception {
		return this.mvc.perform(post("/api/v1/projects/" + project + "/links").with(this.needs.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"needId\": %d, \"coverage\": \"%s\", \"sharePercent\": %s, \"note\": \"Trainers funded\"}"
				.formatted(need, coverage, share)));
	}

	/**
	 * A submitted need of the partner, entered by its focal point (MK or BA) or the
	 * Secretariat (regional).
	 */
	public long submittedNeed(long cycle, String partner, boolean restricted) throws Exception {
		Who owner = switch (partner) {
			case "MK" -> Who.OWNER;
			case "BA" -> Who.OTHER_BENEFICIARY;
			default -> Who.SECRETARIAT;
		};
		long need = this.needs.create(cycle, partner, "PRE.2.1", owner, "Need of " + partner + " " + UUID.randomUUID(),
				restricted);
		this.needs.transition(need, "SUBMIT", owner, null, null);
		return need;
	}

	static String quoted(String... codes) {
		StringBuilder joined = new StringBuilder();
		for (String code : codes) {
			joined.append((joined.length() == 0) ? "" : ",").append('"').append(code).append('"');
		}
		return joined.toString();
	}

}
