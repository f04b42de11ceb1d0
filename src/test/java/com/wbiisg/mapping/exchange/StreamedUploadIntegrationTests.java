package com.wbiisg.mapping.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.SecondFactorTesting;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files sent to the import API as the request's body, on a real port with each way of
 * signing in to the API: an IATI file is read while it arrives and previewed as a form's
 * upload is; a body that breaks off fails its job and leaves nothing; one over the limit
 * is refused before it is read. (The API keeps no session: a browser uploads through the
 * import page's form.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamedUploadIntegrationTests {

	private static final String IATI_UPLOAD = "/api/v1/imports?kind=iati&initiative=WBCTi";

	@LocalServerPort
	int port;

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
	JdbcTemplate jdbc;

	private NeedFixtures fixtures;

	private String token;

	/**
	 * The ways the Secretariat's scripts send files: a token only, as HTTP Basic is
	 * refused to accounts that must give a second factor.
	 */
	enum SignIn {

		TOKEN

	}

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		try (HttpConnection connection = SecondFactorTesting.complete(
				HttpConnection.open(this.port).signIn(this.fixtures.username(Who.SECRETARIAT), NeedFixtures.PASSWORD),
				this.fixtures.username(Who.SECRETARIAT))) {
			this.token = connection.issueToken("streamed uploads");
		}
	}

	@ParameterizedTest
	@EnumSource(SignIn.class)
	void previewsAnIatiFileSentAsTheBodyAsItPreviewsAFormsUpload(SignIn signIn) throws Exception {
		byte[] file = activities(3);
		ImportCalls calls = new ImportCalls(this.mvc, this.fixtures);
		String asForm = calls.await(
				calls.upload("iati", file, "activities.xml", Who.SECRETARIAT, Map.of("initiative", "WBCTi")),
				Who.SECRETARIAT);

		try (HttpConnection connection = connect(signIn)) {
			Answer accepted = connection.send("POST", IATI_UPLOAD, Map.of("Content-Type", "application/xml",
					"Content-Disposition", "attachment; filename=\"activities.xml\""), file)
				.expectStatus(202);
			long job = jobId(accepted);
			String asBody = awaitJob(job);

			assertThat(JsonPath.<String>read(asBody, "$.status")).isEqualTo("PREVIEW_READY");
			assertThat(JsonPath.<String>read(asBody, "$.fileName")).isEqualTo("activities.xml");
			assertThat(JsonPath.<Object>read(asBody, "$.preview")).isEqualTo(JsonPath.read(asForm, "$.preview"));
			assertThat(JsonPath.<Integer>read(asBody, "$.preview.create")).isEqualTo(3);
			// the connection serves the next request
			connection.get("/api/v1/jobs/" + job).expectStatus(200);
		}
	}

	@Test
	void readsAnIatiFileWhileItArrivesAndImportsIt() throws Exception {
		byte[] file = activities(4);
		int half = indexAfter(file, "</iati-activity>", 2);
		String name = "arriving-" + UUID.randomUUID() + ".xml";
		try (HttpConnection upload = connect(SignIn.TOKEN)) {
			upload.begin("POST", IATI_UPLOAD, Map.of("Content-Type", "application/xml", "Content-Disposition",
					"attachment; filename=\"" + name + "\""), file.length, Arrays.copyOf(file, half));
			String running = awaitWorkingJob(name, (job) -> JsonPath.<Integer>read(job, "$.progress") > 0);
			assertThat(JsonPath.<String>read(running, "$.status")).as("read while the rest has not arrived")
				.isEqualTo("RUNNING");

			Answer accepted = upload.finish("the rest", Arrays.copyOfRange(file, half, file.length)).expectStatus(202);
			long job = jobId(accepted);
			assertThat(job).isEqualTo(JsonPath.<Integer>read(running, "$.id").longValue());
			String previewed = awaitJob(job);
			assertThat(JsonPath.<Integer>read(previewed, "$.preview.create")).isEqualTo(4);

			upload.send("POST", "/api/v1/imports/" + job + "/confirm", Map.of(), new byte[0]).expectStatus(202);
			String done = awaitJob(job);
			assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
			assertThat(JsonPath.<Integer>read(done, "$.result.created")).isEqualTo(4);
		}
	}

	@Test
	void failsTheJobAndKeepsNothingWhenTheBodyBreaksOff() throws Exception {
		byte[] file = activities(4);
		int half = indexAfter(file, "</iati-activity>", 2);
		long projects = projects();
		String name = "broken-" + UUID.randomUUID() + ".xml";
		long job;
		try (HttpConnection upload = connect(SignIn.TOKEN)) {
			upload.begin("POST", IATI_UPLOAD, Map.of("Content-Type", "application/xml", "Content-Disposition",
					"attachment; filename=\"" + name + "\""), file.length, Arrays.copyOf(file, half));
			job = JsonPath.<Integer>read(awaitWorkingJob(name, (working) -> true), "$.id").longValue();
		}
		String failed = awaitJob(job);
		assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
		assertThat(JsonPath.<String>read(failed, "$.error"))
			.isEqualTo(UserText.of("exchange.import.brokeOff").english());
		assertThat(projects()).isEqualTo(projects);
	}

	@ParameterizedTest
	@EnumSource(SignIn.class)
	void refusesABodyOverTheLimitBeforeReadingIt(SignIn signIn) throws Exception {
		long jobs = this.jdbc.queryForObject("select count(*) from exchange_job", Long.class);
		try (HttpConnection connection = connect(signIn)) {
			connection.begin("POST", IATI_UPLOAD, Map.of("Content-Type", "application/xml"), 51L * 1024 * 1024,
					new byte[0]);
			Answer refused = connection.finish("an announced 51 MB", new byte[0]).expectStatus(413);
			assertThat(refused.text()).contains("iisg.exchange.max-upload-size");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from exchange_job", Long.class)).isEqualTo(jobs);
	}

	@Test
	void receivesAWorkbookSentAsTheBodyAsItReceivesAFormsUpload() throws Exception {
		try (HttpConnection connection = connect(SignIn.TOKEN)) {
			byte[] template = connection.get("/api/v1/templates/projects.xlsx").expectStatus(200).body();
			ImportCalls calls = new ImportCalls(this.mvc, this.fixtures);
			String asForm = calls.await(
					calls.upload("projects-xlsx", template, "projects.xlsx", Who.SECRETARIAT, Map.of()),
					Who.SECRETARIAT);

			Answer accepted = connection
				.send("POST", "/api/v1/imports?kind=projects-xlsx", Map.of("Content-Type", "application/octet-stream"),
						template)
				.expectStatus(202);
			String asBody = awaitJob(jobId(accepted));
			assertThat(JsonPath.<String>read(asBody, "$.status")).isEqualTo(JsonPath.read(asForm, "$.status"));
			assertThat(JsonPath.<Object>read(asBody, "$.preview")).isEqualTo(JsonPath.read(asForm, "$.preview"));
			assertThat(JsonPath.<Object>read(asBody, "$.error")).isEqualTo(JsonPath.read(asForm, "$.error"));
		}
	}

	private HttpConnection connect(SignIn signIn) throws IOException {
		HttpConnection connection = HttpConnection.open(this.port);
		return switch (signIn) {
			case TOKEN -> connection.bearer(this.token);
		};
	}

	private long projects() {
		return this.jdbc.queryForObject("select count(*) from project", Long.class);
	}

	private static long jobId(Answer accepted) {
		return JsonPath.<Integer>read(accepted.text(), "$.jobId").longValue();
	}

	/**
	 * The job once no worker has it any more, polled on connections of its own (Tomcat
	 * closes a kept-alive connection after 100 requests).
	 */
	private String awaitJob(long job) throws Exception {
		for (int i = 0; i < 600; i++) {
			String json;
			try (HttpConnection poll = connect(SignIn.TOKEN)) {
				json = poll.get("/api/v1/jobs/" + job).expectStatus(200).text();
			}
			String status = JsonPath.read(json, "$.status");
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return json;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Job " + job + " is still working");
	}

	/**
	 * The working IATI job of the file of that name, once it matches.
	 */
	private String awaitWorkingJob(String fileName, Predicate<String> matches) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		String seen = "none";
		while (System.currentTimeMillis() < deadline) {
			List<Object> jobs;
			try (HttpConnection poll = connect(SignIn.TOKEN)) {
				jobs = JsonPath.read(poll.get("/api/v1/jobs").expectStatus(200).text(), "$");
			}
			for (Object found : jobs) {
				String job = JsonPath.parse(found).jsonString();
				if (fileName.equals(JsonPath.read(job, "$.fileName"))) {
					seen = job;
					if (JsonPath.<String>read(job, "$.status").matches("QUEUED|RUNNING") && matches.test(job)) {
						return job;
					}
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The job of " + fileName + " did not match; last seen: " + seen);
	}

	/**
	 * An IATI file of activities for Montenegro that no other test imports.
	 */
	private static byte[] activities(int count) {
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
		for (int i = 1; i <= count; i++) {
			xml.append(
					"""
							  <iati-activity default-currency="EUR">
							    <iati-identifier>XM-IISG-STREAM-%s-%d</iati-identifier>
							    <reporting-org ref="XM-IISG-STREAM" type="21"><narrative>Streamed Upload Agency</narrative></reporting-org>
							    <title><narrative>Activity %d sent as the request's body</narrative></title>
							    <participating-org role="1" type="10"><narrative>Italy</narrative></participating-org>
							    <activity-status code="2"/>
							    <recipient-country code="ME"/>
							  </iati-activity>
							"""
						.formatted(run, i, i));
		}
		return xml.append("</iati-activities>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int indexAfter(byte[] file, String text, int occurrence) {
		String xml = new String(file, StandardCharsets.UTF_8);
		int at = -1;
		for (int i = 0; i < occurrence; i++) {
			at = xml.indexOf(text, at + 1);
		}
		return at + text.length();
	}

}
