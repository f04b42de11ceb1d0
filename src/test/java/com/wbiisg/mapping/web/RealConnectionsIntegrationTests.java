package com.wbiisg.mapping.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.SecondFactorTesting;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.support.HttpConnection;
import com.wbiisg.mapping.support.HttpConnection.Answer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a client on a real connection receives, with every way of signing in: a session
 * (the pages' addresses), HTTP Basic and a personal access token (the API's): every
 * answer arrives whole (its last chunk or all its {@code Content-Length} bytes), its file
 * is complete (the CSV's last line ends, the XML is well-formed, the workbook opens), and
 * the connection carries the next request, a POST among them, which a browser does not
 * retry on a fresh connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealConnectionsIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

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

	private NeedFixtures fixtures;

	private String token;

	private long cycle;

	enum SignIn {

		SESSION, BASIC, TOKEN

	}

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		long cycle = this.fixtures.openCycle();
		this.cycle = cycle;
		for (int i = 0; i < 3; i++) {
			long need = this.fixtures.create(cycle, "MK", "PRE.2.1", Who.OWNER, "Need for the connection tests " + i,
					false);
			this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		}
		try (HttpConnection connection = HttpConnection.open(this.port)
			.signIn(this.fixtures.username(Who.OUTSIDER), NeedFixtures.PASSWORD)) {
			this.token = connection.issueToken("connection tests");
		}
	}

	@Test
	void theDashboardLeavesItsConnectionReadyForAPost() throws IOException {
		try (HttpConnection connection = SecondFactorTesting.complete(
				HttpConnection.open(this.port).signIn(this.fixtures.username(Who.BOARD), NeedFixtures.PASSWORD),
				this.fixtures.username(Who.BOARD))) {
			Answer dashboard = connection.get("/dashboard").expectStatus(200);
			assertThat(dashboard.header("Content-Length")).isPresent();
			assertThat(dashboard.text()).contains("id=\"dashboard-content\"").contains("</html>");
			assertThat(dashboard.keepsConnection()).isTrue();

			Answer again = connection.get("/dashboard").expectStatus(200);
			assertThat(again.text().replace(token(again), ""))
				.isEqualTo(dashboard.text().replace(token(dashboard), ""));

			Answer posted = connection.postForm("/account/tokens", "name=after+the+dashboard&_csrf=" + csrf(again))
				.expectStatus(200);
			assertThat(posted.text()).containsPattern(TOKEN);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "needs.csv, SESSION", "needs.csv, BASIC", "needs.csv, TOKEN", "projects.csv, SESSION",
			"projects.csv, BASIC", "projects.csv, TOKEN", "links.csv, SESSION", "links.csv, BASIC", "links.csv, TOKEN",
			"projects.iati.xml, SESSION", "projects.iati.xml, BASIC", "projects.iati.xml, TOKEN" })
	void streamsEveryExportWholeToEveryWayOfSigningIn(String file, SignIn signIn) throws Exception {
		try (HttpConnection connection = connect(signIn)) {
			String path = ((signIn == SignIn.SESSION) ? "/exports/" : "/api/v1/exports/") + file;
			for (int round = 0; round < 2; round++) {
				Answer export = connection.get(path).expectStatus(200);
				assertComplete(file, export.body());
				// the security headers once each, written on the request's thread
				assertThat(export.headers()
					.stream()
					.map((header) -> header[0].toLowerCase(Locale.ROOT))
					.filter((name) -> !name.equals("set-cookie"))
					.toList()).doesNotHaveDuplicates().contains("x-content-type-options", "cache-control");
				if (file.equals("needs.csv")) {
					assertThat(export.text()).contains("Need for the connection tests 2");
				}
			}
			nextRequestIsAnswered(connection, signIn);
		}
	}

	@Test
	void aReadOnlyTokenReadsAStreamedExportWholeButMayNotStartOne() throws Exception {
		String readOnly;
		try (HttpConnection connection = HttpConnection.open(this.port)
			.signIn(this.fixtures.username(Who.OUTSIDER), NeedFixtures.PASSWORD)) {
			Answer account = connection.get("/account").expectStatus(200);
			Answer issued = connection.postForm("/account/tokens", "name=read+only&scope=READ&_csrf=" + csrf(account))
				.expectStatus(200);
			Matcher token = TOKEN.matcher(issued.text());
			assertThat(token.find()).isTrue();
			readOnly = token.group();
		}
		try (HttpConnection connection = HttpConnection.open(this.port).bearer(readOnly)) {
			Answer export = connection.get("/api/v1/exports/needs.csv").expectStatus(200);
			assertComplete("needs.csv", export.body());
			assertThat(export.text()).contains("Need for the connection tests 2");

			Answer refused = connection.postJson("/api/v1/exports", "{\"kind\": \"links-csv\"}").expectStatus(403);
			assertThat(refused.text()).contains("may only read");
			assertComplete("needs.csv", connection.get("/api/v1/exports/needs.csv").expectStatus(200).body());
		}
	}

	@ParameterizedTest
	@EnumSource(SignIn.class)
	void downloadsTheFileOfAnExportJobWholeToEveryWayOfSigningIn(SignIn signIn) throws Exception {
		long job;
		try (HttpConnection api = HttpConnection.open(this.port).bearer(this.token)) {
			Answer started = api.postJson("/api/v1/exports", "{\"kind\": \"needs-csv\"}").expectStatus(202);
			job = ((Number) JsonPath.read(started.text(), "$.jobId")).longValue();
			String status = "";
			// each poll on a connection of its own: Tomcat closes a kept-alive connection
			// after 100 requests
			for (int i = 0; i < 300 && !status.equals("DONE"); i++) {
				try (HttpConnection poll = HttpConnection.open(this.port).bearer(this.token)) {
					status = JsonPath.read(poll.get("/api/v1/jobs/" + job).expectStatus(200).text(), "$.status");
				}
				assertThat(status).isNotEqualTo("FAILED");
				Thread.sleep(50);
			}
			assertThat(status).isEqualTo("DONE");
		}
		try (HttpConnection connection = connect(signIn)) {
			String path = (signIn == SignIn.SESSION) ? "/exports/" + job + "/file" : "/api/v1/jobs/" + job + "/file";
			Answer file = connection.get(path).expectStatus(200);
			assertComplete("needs.csv", file.body());
			assertThat(file.text()).contains("Need for the connection tests 0");
			nextRequestIsAnswered(connection, signIn);
		}
	}

	@ParameterizedTest
	@EnumSource(SignIn.class)
	void downloadsTheTemplatesWholeToEveryWayOfSigningIn(SignIn signIn) throws Exception {
		try (HttpConnection connection = connect(signIn)) {
			String prefix = (signIn == SignIn.SESSION) ? "/templates/" : "/api/v1/templates/";
			Answer projects = connection.get(prefix + "projects.xlsx").expectStatus(200);
			assertComplete("projects.xlsx", projects.body());
			nextRequestIsAnswered(connection, signIn);
		}
	}

	@ParameterizedTest
	@EnumSource(SignIn.class)
	void downloadsAReportsFilesWholeToEveryWayOfSigningIn(SignIn signIn) throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/reports").with(this.fixtures.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"needs_mapping\", \"cycleId\": %d}".formatted(this.cycle)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long report = ((Number) JsonPath.read(created, "$.id")).longValue();
		try (HttpConnection connection = connect(signIn)) {
			String prefix = (signIn == SignIn.SESSION) ? "/reports/" : "/api/v1/reports/";
			Answer pdf = connection.get(prefix + report + ".pdf").expectStatus(200);
			assertThat(pdf.text()).startsWith("%PDF-").contains("%%EOF");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				assertThat(document.getNumberOfPages()).isPositive();
			}
			assertComplete("report.xlsx", connection.get(prefix + report + ".xlsx").expectStatus(200).body());
			nextRequestIsAnswered(connection, signIn);
		}
	}

	/**
	 * A connection of a partner focal point outside the working groups, for every way of
	 * signing in: HTTP Basic serves only accounts without a second factor, and a job is
	 * seen only by the account that started it.
	 */
	private HttpConnection connect(SignIn signIn) throws IOException {
		HttpConnection connection = HttpConnection.open(this.port);
		return switch (signIn) {
			case SESSION -> connection.signIn(this.fixtures.username(Who.OUTSIDER), NeedFixtures.PASSWORD);
			// HTTP Basic serves only accounts without a second factor: a partner focal
			// point
			// outside the working groups.
			case BASIC -> connection.basic(this.fixtures.username(Who.OUTSIDER), NeedFixtures.PASSWORD);
			case TOKEN -> connection.bearer(this.token);
		};
	}

	/**
	 * The connection answers another request: a POST of a form for a session (the one a
	 * browser would not retry), a POST to the API otherwise.
	 */
	private static void nextRequestIsAnswered(HttpConnection connection, SignIn signIn) throws IOException {
		if (signIn == SignIn.SESSION) {
			Answer account = connection.get("/account").expectStatus(200);
			connection.postForm("/account/tokens", "name=next+request&_csrf=" + csrf(account)).expectStatus(200);
		}
		else {
			connection.postJson("/api/v1/exports", "{\"kind\": \"links-csv\"}").expectStatus(202);
		}
	}

	private static void assertComplete(String file, byte[] body) throws Exception {
		if (file.endsWith(".csv")) {
			String text = new String(body, StandardCharsets.UTF_8);
			assertThat(text).as("the CSV's last line ends").endsWith("\r\n");
			String[] lines = text.split("\r\n");
			int columns = lines[0].split(",", -1).length;
			assertThat(lines[1]).as("the HXL hashtag row").startsWith("#");
			assertThat(lines[lines.length - 1].split(",", -1).length).as("the last line's columns")
				.isGreaterThanOrEqualTo(columns);
		}
		else if (file.endsWith(".xml")) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			assertThat(factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(body))
				.getDocumentElement()
				.getTagName()).isEqualTo("iati-activities");
		}
		else {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				assertThat(workbook.getNumberOfSheets()).isPositive();
			}
		}
	}

	private static String token(Answer page) {
		Matcher meta = META_CSRF.matcher(page.text());
		assertThat(meta.find()).as("the page carries its CSRF token").isTrue();
		return meta.group(1);
	}

	private static String csrf(Answer page) {
		Matcher meta = META_CSRF.matcher(page.text());
		return URLEncoder.encode(meta.find() ? meta.group(1) : page.csrf(), StandardCharsets.UTF_8);
	}

}
