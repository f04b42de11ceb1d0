package com.wbiisg.mapping.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile and broken XML refused by the IATI reader with a clear message before anything
 * in it is acted upon: no file or URL is read, no entity expanded.
 */
class HostileXmlTests {

	private static final String ACTIVITY = """
			<iati-activity><iati-identifier>%s</iati-identifier></iati-activity>""";

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	@TempDir
	Path directory;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.requests.incrementAndGet();
			byte[] body = "<!ENTITY leaked \"from the network\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/evil";
	}

	@Test
	void refusesADoctype() {
		assertRefused("""
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities>
				<iati-activities version="2.03"></iati-activities>""", "DOCTYPE");
	}

	@Test
	void refusesAnExternalFileEntityWithoutReadingTheFile() throws IOException {
		Path secret = Files.writeString(this.directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "%s">]>
				<iati-activities version="2.03">%s</iati-activities>""".formatted(secret.toUri(),
				ACTIVITY.formatted("&xxe;"));
		Throwable refused = refused(xml);
		assertThat(refused).hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
	}

	@Test
	void refusesAnExternalHttpEntityWithoutFetchingIt() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "%s">]>
				<iati-activities version="2.03">%s</iati-activities>""".formatted(url(), ACTIVITY.formatted("&xxe;"));
		assertRefused(xml, "DOCTYPE");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesAnExternalDtdWithoutFetchingIt() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities SYSTEM "%s">
				<iati-activities version="2.03"></iati-activities>""".formatted(url());
		assertRefused(xml, "DOCTYPE");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesParameterEntitiesWithoutFetchingThem() {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
				<iati-activities version="2.03">%s</iati-activities>""".formatted(url(),
				ACTIVITY.formatted("&leaked;"));
		assertRefused(xml, "DOCTYPE");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesBillionLaughsAtOnce() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol%d \"&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;\">"
				.formatted(i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1));
		}
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [%s]>
				<iati-activities version="2.03">%s</iati-activities>""".formatted(entities,
				ACTIVITY.formatted("&lol9;"));
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertRefused(xml, "DOCTYPE"));
	}

	@Test
	void refusesAnUndeclaredEntity() {
		assertRefused("""
				<iati-activities version="2.03">
				<iati-activity><iati-identifier>&undeclared;</iati-identifier></iati-activity>
				</iati-activities>""", "undeclared");
	}

	@Test
	void namesLineAndColumnOfMalformedXml() {
		assertRefused("""
				<iati-activities version="2.03">
				  <iati-activity>
				    <iati-identifier>GB-1-1</title>
				  </iati-activity>
				</iati-activities>""", "not well-formed XML at line 3, column");
		assertThat(refused("""
				<iati-activities version="2.03">
				  <iati-activity>
				    <iati-identifier>GB-1-1</title>"""))
			.hasMessageEndingWith(": Unexpected end tag: expected </iati-identifier>")
			.hasMessageNotContaining("row,col");
	}

	@Test
	void refusesAFileThatBreaksOff() {
		assertRefused("""
				<iati-activities version="2.03">
				  <iati-activity>
				    <iati-identifier>GB-1-1</iati-identifier>""", "not well-formed XML");
	}

	@Test
	void refusesAnotherRootElement() {
		assertRefused("""
				<iati-organisations version="2.03"><iati-organisation/></iati-organisations>""",
				"The root element is <iati-organisations>, not <iati-activities>");
	}

	@Test
	void refusesANamespacedRootElement() {
		assertRefused("""
				<x:iati-activities xmlns:x="urn:other" version="2.03"/>""", "not an IATI activities file");
	}

	@Test
	void refusesVersionsOtherThan201To203() {
		assertRefused("""
				<iati-activities version="1.05"></iati-activities>""",
				"The IATI version is 1.05; files of versions 2.01, 2.02 and 2.03 are read");
		assertRefused("""
				<iati-activities></iati-activities>""", "The IATI version is missing");
	}

	@Test
	void refusesAFileThatIsNotXml() {
		assertRefused("PK\u0003\u0004 not xml at all", "not well-formed XML");
	}

	private void assertRefused(String xml, String message) {
		assertThat(refused(xml)).isInstanceOf(ImportRejected.class).hasMessageContaining(message);
	}

	private static Throwable refused(String xml) {
		return org.assertj.core.api.Assertions.catchThrowable(() -> {
			try (IatiReader reader = new IatiReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
				while (reader.next() != null) {
					// read to the end
				}
			}
		});
	}

	@Test
	void readsAPlainFile() {
		try (IatiReader reader = new IatiReader(new ByteArrayInputStream(
				"<iati-activities version='2.02'>%s</iati-activities>".formatted(ACTIVITY.formatted("A-1"))
					.getBytes(StandardCharsets.UTF_8)))) {
			assertThat(reader.version()).isEqualTo("2.02");
			assertThat(reader.next().identifier()).isEqualTo("A-1");
			assertThat(reader.next()).isNull();
		}
		assertThatThrownBy(() -> new IatiReader(new ByteArrayInputStream(new byte[0])))
			.isInstanceOf(ImportRejected.class);
	}

}
