package com.wbiisg.mapping.framework;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.support.FullSignIn;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Small helpers shared by the framework tests: users of each role and fresh draft
 * versions.
 */
final class FrameworkFixtures {

	private FrameworkFixtures() {
	}

	static RequestPostProcessor secretariat() {
		return FullSignIn.user("secretariat").roles("SECRETARIAT");
	}

	static RequestPostProcessor beneficiary() {
		return FullSignIn.user("mk.focal").roles("BENEFICIARY_FOCAL_POINT");
	}

	static RequestPostProcessor partner() {
		return FullSignIn.user("at.focal").roles("PARTNER_FOCAL_POINT");
	}

	static RequestPostProcessor board() {
		return FullSignIn.user("board").roles("BOARD");
	}

	/**
	 * The id of the adopted WBCTi 2021–2022 framework seeded at start-up.
	 */
	static long adoptedWbcti(MockMvc mvc) throws Exception {
		String json = mvc.perform(get("/api/v1/frameworks?initiative=WBCTi").with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$[?(@.cycle == '2021\u20132022' && @.version == 1)].id");
		return ids.get(0).longValue();
	}

	/**
	 * A new draft copied from the seeded adopted WBCTi framework.
	 */
	static long draftCopy(MockMvc mvc) throws Exception {
		return draftCopy(mvc, "2021\u20132022");
	}

	/**
	 * A new draft for another cycle, copied from the seeded adopted WBCTi framework:
	 * adopting it leaves the seeded version adopted.
	 */
	static long draftCopy(MockMvc mvc, String cycle) throws Exception {
		String body = "{\"initiative\":\"WBCTi\",\"cycle\":\"" + cycle + "\",\"copyOf\":" + adoptedWbcti(mvc) + "}";
		String json = mvc.perform(
				post("/api/v1/frameworks").with(secretariat()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number id = JsonPath.read(json, "$.id");
		return id.longValue();
	}

	static long itemVersion(MockMvc mvc, long frameworkId, String code) throws Exception {
		String json = mvc.perform(get("/api/v1/frameworks/" + frameworkId + "/items/" + code).with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number version = JsonPath.read(json, "$.version");
		return version.longValue();
	}

}
