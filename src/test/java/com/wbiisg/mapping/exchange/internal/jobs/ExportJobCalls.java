package com.wbiisg.mapping.exchange.internal.jobs;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.exchange.ImportCalls;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calls of the export job tests: start an export from a page or the API, wait for its
 * job, download its file.
 */
final class ExportJobCalls {

	private final MockMvc mvc;

	private final NeedFixtures fixtures;

	private final ImportCalls jobs;

	ExportJobCalls(MockMvc mvc, NeedFixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jobs = new ImportCalls(mvc, fixtures);
	}

	/**
	 * Presses the button of the export on a page: the answer leads to the job's page.
	 */
	long startFromPage(String kind, Who who) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/exports").param("kind", kind).with(csrf()).with(this.fixtures.as(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String page = response.getRedirectedUrl();
		assertThat(page).matches("/exports/\\d+");
		return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
	}

	long startFromApi(String kind, Who who) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"%s\"}".formatted(kind))
				.with(this.fixtures.as(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(202);
		long job = ((Number) JsonPath.read(response.getContentAsString(), "$.jobId")).longValue();
		assertThat(response.getHeader("Location")).isEqualTo("/api/v1/jobs/" + job);
		return job;
	}

	/**
	 * The job as the API shows it once it is no longer queued or running.
	 */
	String await(long job, Who who) throws Exception {
		return this.jobs.await(job, who);
	}

	MockHttpServletResponse file(String url, Who who) throws Exception {
		return this.mvc.perform(get(url).with(this.fixtures.as(who))).andReturn().getResponse();
	}

}
