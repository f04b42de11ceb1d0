package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.Exports;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exports as background jobs: the file of a job holds exactly what the download at once
 * holds for its owner (a beneficiary focal point never gets the restricted needs of
 * another partner), the job reaches done with its progress full and its file downloads as
 * the export; no one but its owner and the Secretariat sees the job or its file; and a
 * job that a restart cut off ends failed, its partial file deleted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJobIntegrationTests {

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
	ImportJobRepository jobs;

	@Autowired
	ImportRecovery recovery;

	@Autowired
	ExportFiles files;

	private NeedFixtures fixtures;

	private ExportJobCalls calls;

	private String restrictedTitle;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ExportJobCalls(this.mvc, this.fixtures);
		long cycle = this.fixtures.openCycle();
		this.restrictedTitle = "Restricted export job need " + UUID.randomUUID().toString().substring(0, 8);
		long restricted = this.fixtures.create(cycle, "MK", "PRE.2.1", Who.OWNER, this.restrictedTitle, true);
		this.fixtures.transition(restricted, "SUBMIT", Who.OWNER, null, null).andExpect(status().isOk());
	}

	@Test
	void writesTheNeedsCsvOfABeneficiaryFocalPointAsTheDownloadAtOnce() throws Exception {
		long job = this.calls.startFromPage("needs-csv", Who.OTHER_BENEFICIARY);
		String done = this.calls.await(job, Who.OTHER_BENEFICIARY);
		assertThat((String) JsonPath.read(done, "$.kind")).isEqualTo("needs-csv");
		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(done, "$.progress")).isEqualTo(100);

		MockHttpServletResponse file = this.calls.file("/exports/" + job + "/file", Who.OTHER_BENEFICIARY);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"needs.csv\"");
		byte[] atOnce = Exports.download(this.mvc, "/exports/needs.csv", this.fixtures.as(Who.OTHER_BENEFICIARY))
			.getResponse()
			.getContentAsByteArray();
		assertThat(file.getContentAsByteArray()).isEqualTo(atOnce);
		String text = new String(atOnce, StandardCharsets.UTF_8);
		assertThat(text).startsWith("id,cycle_id,partner,").contains("\r\n#meta+id,#meta+cycle,");
		assertThat(text).doesNotContain(this.restrictedTitle);
		assertThat(((Number) JsonPath.read(done, "$.result.rows")).longValue())
			.isEqualTo(text.split("\r\n").length - 2);
		assertThat(((Number) JsonPath.read(done, "$.result.bytes")).longValue()).isEqualTo(atOnce.length);
		assertThat((String) JsonPath.read(done, "$.result.fileName")).isEqualTo("needs.csv");
		assertThat((String) JsonPath.read(done, "$.result.download")).isEqualTo("/api/v1/jobs/" + job + "/file");
	}

	@Test
	void writesTheFileAsItsOwnerSees() throws Exception {
		long job = this.calls.startFromApi("needs-csv", Who.OWNER);
		assertThat((String) JsonPath.read(this.calls.await(job, Who.OWNER), "$.status")).isEqualTo("DONE");
		MockHttpServletResponse file = this.calls.file("/api/v1/jobs/" + job + "/file", Who.OWNER);
		assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains(this.restrictedTitle);
	}

	@Test
	void showsAJobAndItsFileToNoOneButItsOwnerAndTheSecretariat() throws Exception {
		long job = this.calls.startFromApi("links-csv", Who.OTHER_BENEFICIARY);
		this.calls.await(job, Who.OTHER_BENEFICIARY);
		for (Who other : List.of(Who.OWNER, Who.BOARD, Who.PILLAR_LEAD)) {
			assertThat(this.calls.file("/api/v1/jobs/" + job, other).getStatus()).as(other.name()).isEqualTo(404);
			assertThat(this.calls.file("/api/v1/jobs/" + job + "/file", other).getStatus()).as(other.name())
				.isEqualTo(404);
			assertThat(this.calls.file("/exports/" + job, other).getStatus()).as(other.name()).isEqualTo(404);
			assertThat(this.calls.file("/exports/" + job + "/file", other).getStatus()).as(other.name()).isEqualTo(404);
			assertThat(this.calls.file("/api/v1/jobs", other).getContentAsString()).as(other.name())
				.doesNotContain("\"id\":" + job + ",");
		}
		assertThat(this.calls.file("/api/v1/jobs/" + job + "/file", Who.SECRETARIAT).getStatus()).isEqualTo(200);
		assertThat(this.calls.file("/exports/" + job, Who.SECRETARIAT).getStatus()).isEqualTo(200);
		assertThat(this.calls.file("/api/v1/jobs", Who.OTHER_BENEFICIARY).getContentAsString())
			.contains("\"id\":" + job + ",");
		assertThat(this.calls.file("/imports/" + job, Who.OTHER_BENEFICIARY).getStatus())
			.as("the import pages show imports only")
			.isEqualTo(404);

		this.mvc.perform(get("/api/v1/jobs/" + job + "/file")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/exports").contentType("application/json").content("{\"kind\":\"needs-csv\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/exports/" + job)).andExpect(status().isFound());
		this.mvc
			.perform(post("/api/v1/exports").contentType("application/json")
				.content("{\"kind\":\"needs-csv\"}")
				.with(user("an.observer").roles("OBSERVER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/exports").param("kind", "needs-csv").with(csrf()).with(user("an.observer").roles("OBSERVER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void failsAnExportThatARestartCutOffAndDeletesItsPartialFile() throws Exception {
		CurrentUser owner = ((CurrentUser.CurrentUserHolder) this.users
			.loadUserByUsername(this.fixtures.username(Who.OTHER_BENEFICIARY))).currentUser();
		Path partial = this.files.allocate(ExportKind.NEEDS_CSV);
		Files.writeString(partial, "id,cycle_id,partner\r\n");
		String stopped = "a-stopped-host/" + UUID.randomUUID();
		Instant lastBeat = Instant.now().minus(Duration.ofMinutes(5));
		ImportJob cutOff = new ImportJob("needs-csv", owner.accountId(), owner.username(), partial.toString(),
				"needs.csv", null, stopped, lastBeat);
		cutOff.start(stopped, lastBeat);
		cutOff.progress(40, lastBeat);
		long job = this.jobs.saveAndFlush(cutOff).getId();

		this.recovery.failLeftOvers(Instant.now());

		String failed = this.calls.await(job, Who.OTHER_BENEFICIARY);
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(failed, "$.error")).isEqualTo(ImportRecovery.EXPORT_MESSAGE);
		assertThat(partial).doesNotExist();
		assertThat(this.calls.file("/api/v1/jobs/" + job + "/file", Who.OTHER_BENEFICIARY).getStatus()).isEqualTo(409);
		assertThat(this.calls.file("/exports/" + job, Who.OTHER_BENEFICIARY).getContentAsString())
			.contains(ImportRecovery.EXPORT_MESSAGE);
	}

}
