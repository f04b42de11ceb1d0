package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportCalls;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of finished jobs are kept 7 days (the default of
 * {@code iisg.exchange.keep-files}) and then deleted: an export's job says when, and its
 * file no longer downloads; an import whose preview waited that long fails with a message
 * and can no longer be confirmed.
 */
@IntegrationTest
class JobFileSweepIntegrationTests {

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
	JobFileSweep sweep;

	@Test
	void deletesTheFilesOfFinishedJobsAfterSevenDaysAndSaysSoOnTheirJobs() throws Exception {
		NeedFixtures fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		ExportJobCalls exports = new ExportJobCalls(this.mvc, fixtures);
		ImportCalls imports = new ImportCalls(this.mvc, fixtures);
		long export = exports.startFromApi("projects-csv", Who.OWNER);
		assertThat(ImportCalls.status(exports.await(export, Who.OWNER))).isEqualTo("DONE");
		long upload = imports.upload(imports.template(fixtures.openCycle(), Who.OWNER), "needs.xlsx", Who.OWNER);
		assertThat(ImportCalls.status(imports.await(upload, Who.OWNER))).isEqualTo("PREVIEW_READY");
		Path exportFile = Path.of(this.jobs.findById(export).orElseThrow().getFilePath());
		Path uploadFile = Path.of(this.jobs.findById(upload).orElseThrow().getFilePath());
		Instant finished = this.jobs.findById(upload).orElseThrow().getUpdatedAt();

		this.sweep.sweep(finished.plus(Duration.ofDays(6)));
		assertThat(exportFile).exists();
		assertThat(uploadFile).exists();
		assertThat(exports.file("/api/v1/jobs/" + export + "/file", Who.OWNER).getStatus()).isEqualTo(200);

		Instant week = finished.plus(Duration.ofDays(7)).plusSeconds(60);
		assertThat(this.sweep.sweep(week)).isGreaterThanOrEqualTo(2);
		assertThat(Files.exists(exportFile)).isFalse();
		assertThat(Files.exists(uploadFile)).isFalse();

		String exportJob = exports.file("/api/v1/jobs/" + export, Who.OWNER).getContentAsString();
		assertThat(ImportCalls.status(exportJob)).isEqualTo("DONE");
		assertThat(Instant.parse(JsonPath.read(exportJob, "$.fileDeletedAt"))).isEqualTo(week);
		MockHttpServletResponse file = exports.file("/api/v1/jobs/" + export + "/file", Who.OWNER);
		assertThat(file.getStatus()).isEqualTo(409);
		assertThat(file.getContentAsString()).contains("The file of export " + export + " was deleted on ")
			.contains("kept 7 days");
		Document page = Jsoup.parse(exports.file("/exports/" + export, Who.OWNER).getContentAsString());
		assertThat(page.select("#export-download")).isEmpty();
		assertThat(page.select("#job-status").text()).isEqualTo("File deleted");
		Document list = Jsoup.parse(exports.file("/exports", Who.OWNER).getContentAsString());
		assertThat(list.select("#export-" + export + " td:nth-child(3)").text()).isEqualTo("File deleted");
		assertThat(page.select("#export-deleted").text()).startsWith("The file was deleted on ")
			.contains("kept 7 days");

		String importJob = imports.confirm(upload, Who.OWNER);
		assertThat(ImportCalls.status(importJob)).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(importJob, "$.error")).isEqualTo(JobFileSweep.expiredPreview("7 days"));

		assertThat(this.sweep.sweep(week)).as("each file is deleted once").isZero();
	}

}
