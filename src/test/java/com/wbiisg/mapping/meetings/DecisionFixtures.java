package com.wbiisg.mapping.meetings;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The targets of decisions, made through the API and pages as the Secretariat: framework
 * drafts, organisations that are not members, methodology versions.
 */
final class DecisionFixtures {

	/**
	 * The smallest file that starts like a PDF.
	 */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final MockMvc mvc;

	private final MeetingFixtures fixtures;

	DecisionFixtures(MockMvc mvc, MeetingFixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	/**
	 * A new empty draft framework version of WBBSi, and its id.
	 */
	long frameworkDraft() throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/frameworks").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": \"WBBSi\", \"cycle\": \"2023\u20132024\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String framework(long id) throws Exception {
		return this.mvc.perform(get("/api/v1/frameworks/" + id).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A new observer organisation, and its id.
	 */
	long observerOrganisation() throws Exception {
		String shortName = "OBS" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		String json = this.mvc
			.perform(post("/api/v1/organisations").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Observer %s", "shortName": "%s", "type": "MULTILATERAL", "category": "OBSERVER"}"""
					.formatted(shortName, shortName)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String organisation(long id) throws Exception {
		return this.mvc.perform(get("/api/v1/organisations/" + id).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A new methodology with one uploaded PDF version, and the id of that version.
	 */
	long methodologyVersion() throws Exception {
		String location = this.mvc
			.perform(post("/documents").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "RESPONSE_MAPPING_METHODOLOGY")
				.param("title", "Response mapping methodology " + UUID.randomUUID().toString().substring(0, 6)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long document = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(multipart("/documents/" + document + "/versions")
			.file(new MockMultipartFile("file", "methodology.pdf", "application/pdf", PDF))
			.param("note", "Draft for the Board")
			.with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf()));
		String json = this.mvc.perform(get("/api/v1/documents").with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Number> ids = JsonPath.read(json, "$[?(@.id == " + document + ")].versions[0].id");
		return ids.get(0).longValue();
	}

	String documents() throws Exception {
		return this.mvc.perform(get("/api/v1/documents").with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
