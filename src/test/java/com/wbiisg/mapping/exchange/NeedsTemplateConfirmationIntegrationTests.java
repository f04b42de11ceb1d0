package com.wbiisg.mapping.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.internal.jobs.ImportJobs;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Confirming a previewed needs template, which uses what the preview read of the file:
 * every row is still checked against the data as it is at confirmation, and a file that
 * changed since the preview is read again.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsTemplateConfirmationIntegrationTests {

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
	ImportJobs jobs;

	private NeedFixtures fixtures;

	private ImportCalls calls;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ImportCalls(this.mvc, this.fixtures);
	}

	@Test
	void refusesTheWholeFileWhenANeedChangedStatusBetweenPreviewAndConfirmation() throws Exception {
		long cycle = this.fixtures.openCycle();
		long need = this.fixtures.draft(cycle, false);
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		book.set(book.rowOfNeed(need), NeedsWorkbooks.DESCRIPTION, "Changed in the workbook.");
		book.fill(book.emptyRowOf("RES.1.2"), "Crisis communication protocol", "INSTITUTIONAL", "RESPONSE", "MEDIUM");
		long job = this.calls.upload(book.bytes(), "needs-mk.xlsx", Who.OWNER);
		String preview = this.calls.await(job, Who.OWNER);
		assertThat((Integer) JsonPath.read(preview, "$.preview.update")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(preview, "$.preview.create")).isEqualTo(1);

		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		String failed = this.calls.confirm(job, Who.OWNER);

		assertThat(ImportCalls.status(failed)).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(failed, "$.error")).contains("Nothing was imported");
		assertThat(titlesOf(cycle)).containsExactly("Train teachers and social workers on early signs");
		this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.OWNER)))
			.andExpect(jsonPath("$.description").value("Multi-agency training for front-line practitioners."));
	}

	@Test
	void importsWhatTheFileSaysAtConfirmationWhenItChangedAfterThePreview() throws Exception {
		long cycle = this.fixtures.openCycle();
		byte[] template = this.calls.template(cycle, Who.OWNER);
		NeedsWorkbooks previewed = NeedsWorkbooks.open(template);
		previewed.fill(previewed.emptyRowOf("PRE.2.1"), "Need as previewed", "OPERATIONAL", "PREVENTION", "HIGH");
		long job = this.calls.upload(previewed.bytes(), "needs-mk.xlsx", Who.OWNER);
		assertThat((Integer) JsonPath.read(this.calls.await(job, Who.OWNER), "$.preview.create")).isEqualTo(1);

		NeedsWorkbooks changed = NeedsWorkbooks.open(template);
		changed.fill(changed.emptyRowOf("PRE.2.1"), "Need as stored at confirmation", "OPERATIONAL", "PREVENTION",
				"HIGH");
		Files.write(storedFileOf(job), changed.bytes());
		String done = this.calls.confirm(job, Who.OWNER);

		assertThat(ImportCalls.status(done)).isEqualTo("DONE");
		assertThat(titlesOf(cycle)).containsExactly("Need as stored at confirmation");
	}

	private Path storedFileOf(long job) {
		UserDetails owner = this.users.loadUserByUsername(this.fixtures.username(Who.OWNER));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
		try {
			return Path.of(this.jobs.get(job).getFilePath());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<String> titlesOf(long cycle) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/needs").param("cycle", String.valueOf(cycle)).with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items[*].title");
	}

}
