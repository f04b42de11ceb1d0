package com.wbiisg.mapping.exchange.internal.jobs;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.Exports;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Exports in the background from the pages: the projects and needs lists offer them
 * beside the downloads at once; the button starts a job and leads to its page, which
 * shows the progress bar (polling itself) while the job waits or runs and then the link
 * to download the file; the Exports page lists the job to come back to it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJobPagesIntegrationTests {

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
	JobWorkers workers;

	@Autowired
	ExchangeProperties properties;

	private NeedFixtures fixtures;

	private ExportJobCalls calls;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ExportJobCalls(this.mvc, this.fixtures);
	}

	@Test
	void offersTheExportsInTheBackgroundBesideTheDownloadsAtOnce() throws Exception {
		Document projects = page("/projects", Who.PILLAR_LEAD);
		assertThat(projects.select("#export-projects-csv").attr("href")).isEqualTo("/exports/projects.csv");
		Element menu = projects.selectFirst("form#export-jobs");
		assertThat(menu.attr("method")).isEqualTo("post");
		assertThat(menu.attr("action")).isEqualTo("/exports");
		assertThat(menu.select("input[name=_csrf]")).hasSize(1);
		assertThat(menu.select("button[name=kind]").eachAttr("value")).containsExactly("projects-csv", "links-csv",
				"projects-iati");
		assertThat(page("/needs", Who.PILLAR_LEAD).select("form#export-jobs button[name=kind]").eachAttr("value"))
			.containsExactly("needs-csv", "links-csv");
	}

	@Test
	void startsAnExportFromTheProjectsListAndShowsItsProgressThenItsFile() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		long job;
		try {
			occupyEveryWorker(release);
			job = this.calls.startFromPage("projects-csv", Who.PILLAR_LEAD);
			Document waiting = page("/exports/" + job, Who.PILLAR_LEAD);
			Element polled = waiting.selectFirst("#job");
			assertThat(polled.attr("hx-get")).isEqualTo("/exports/" + job);
			assertThat(polled.attr("hx-trigger")).isEqualTo("every 1s");
			assertThat(polled.attr("hx-select")).isEqualTo("#job");
			assertThat(waiting.select("#job-status").text()).isEqualTo("Waiting");
			assertThat(waiting.select("#job-progress").attr("style")).isEqualTo("width: 0%");
			assertThat(waiting.select("#export-download")).isEmpty();
		}
		finally {
			release.countDown();
		}
		this.calls.await(job, Who.PILLAR_LEAD);

		Document done = page("/exports/" + job, Who.PILLAR_LEAD);
		assertThat(done.select("#job").attr("hx-get")).isEmpty();
		assertThat(done.select("#job-progress")).isEmpty();
		assertThat(done.select("#job-status").text()).isEqualTo("Ready to download");
		Element link = done.selectFirst("#export-download");
		assertThat(link.attr("href")).isEqualTo("/exports/" + job + "/file");
		assertThat(link.text()).isEqualTo("Download projects.csv");
		MockHttpServletResponse file = this.calls.file(link.attr("href"), Who.PILLAR_LEAD);
		assertThat(file.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(file.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(Exports.text(this.mvc, "/exports/projects.csv", this.fixtures.as(Who.PILLAR_LEAD)));

		Document list = page("/exports", Who.PILLAR_LEAD);
		assertThat(list.select("#export-" + job + " a").attr("href")).isEqualTo("/exports/" + job);
		assertThat(list.select("#export-" + job).text()).contains("projects.csv", "Ready to download");
		assertThat(page("/imports", Who.PILLAR_LEAD).select("#import-" + job)).as("the import page lists imports only")
			.isEmpty();
	}

	private void occupyEveryWorker(CountDownLatch release) throws InterruptedException {
		BusyWorkers.occupyEvery(this.workers, this.properties.workers(), release);
	}

	private Document page(String path, Who who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.fixtures.as(who)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
