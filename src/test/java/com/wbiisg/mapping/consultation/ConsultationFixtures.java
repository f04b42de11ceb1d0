package com.wbiisg.mapping.consultation;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.support.FullSignIn;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Users of each role, fresh framework drafts to comment on, and comments posted through
 * the API.
 */
final class ConsultationFixtures {

	private ConsultationFixtures() {
	}

	static RequestPostProcessor secretariat() {
		return FullSignIn.user("secretariat").roles("SECRETARIAT");
	}

	static RequestPostProcessor board() {
		return FullSignIn.user("board").roles("BOARD");
	}

	static RequestPostProcessor beneficiary() {
		return FullSignIn.user("mk.focal").roles("BENEFICIARY_FOCAL_POINT");
	}

	static RequestPostProcessor partner() {
		return FullSignIn.user("at.focal").roles("PARTNER_FOCAL_POINT");
	}

	static RequestPostProcessor observer() {
		return FullSignIn.user("gr.observer").roles("OBSERVER");
	}

	/**
	 * A new draft copied from the seeded WBCTi framework, so that every test starts with
	 * empty threads on the same item codes.
	 */
	static long freshFramework(MockMvc mvc) throws Exception {
		String versions = mvc.perform(get("/api/v1/frameworks?initiative=WBCTi").with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> seeded = JsonPath.read(versions, "$[?(@.cycle == '2021\u20132022' && @.version == 1)].id");
		String json = mvc
			.perform(post("/api/v1/frameworks").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\":\"WBCTi\",\"cycle\":\"2031\u20132032\",\"copyOf\":" + seeded.get(0) + "}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number id = JsonPath.read(json, "$.id");
		return id.longValue();
	}

	static String commentsOf(long frameworkId, String code) {
		return "/api/v1/frameworks/" + frameworkId + "/items/" + code + "/comments";
	}

	static String body(@Nullable String text, @Nullable Long replyTo) {
		return "{\"text\":" + ((text == null) ? "null" : "\"" + text + "\"") + ",\"replyTo\":" + replyTo + "}";
	}

	/**
	 * Posts a comment through the API and returns its id.
	 */
	static long comment(MockMvc mvc, RequestPostProcessor user, long frameworkId, String code, String text,
			@Nullable Long replyTo) throws Exception {
		String json = mvc
			.perform(post(commentsOf(frameworkId, code)).with(user)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(text, replyTo)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number id = JsonPath.read(json, "$.id");
		return id.longValue();
	}

}
