package com.wbiisg.mapping.exchange;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calls of the exchange API the tests make: download a template, upload a file, wait
 * for its job, confirm it.
 */
public final class ImportCalls {

	private final MockMvc mvc;

	private final NeedFixtures fixtures;

	public ImportCalls(MockMvc mvc, NeedFixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	public byte[] template(long cycle, Who who) throws Exception {
		return this.mvc
			.perform(get("/api/v1/templates/needs.xlsx").param("cycle", String.valueOf(cycle))
				.with(this.fixtures.as(who)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	public long upload(byte[] file, String name, Who who) throws Exception {
		return upload(file, name, who, Map.of());
	}

	public long upload(byte[] file, String name, Who who, Map<String, String> parameters) throws Exception {
		return upload("needs-xlsx", file, name, who, parameters);
	}

	public long upload(String kind, byte[] file, String name, Who who, Map<String, String> parameters)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports")
			.file(new MockMultipartFile("file", name, "application/octet-stream", file));
		request.param("kind", kind);
		parameters.forEach(request::param);
		String json = this.mvc.perform(request.with(this.fixtures.as(who)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.jobId")).longValue();
	}

	/**
	 * The job once it is no longer queued or running, as JSON.
	 */
	public String await(long job, Who who) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			String json = this.mvc.perform(get("/api/v1/jobs/" + job).with(this.fixtures.as(who)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String status = JsonPath.read(json, "$.status");
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return json;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Job " + job + " still " + status);
			}
			Thread.sleep(50);
		}
	}

	public String confirm(long job, Who who) throws Exception {
		this.mvc.perform(post("/api/v1/imports/" + job + "/confirm").with(this.fixtures.as(who)));
		return await(job, who);
	}

	public static String status(String json) {
		return JsonPath.read(json, "$.status");
	}

}
