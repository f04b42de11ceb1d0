package com.wbiisg.mapping.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Files that must never get in: each upload ends in a failed job with a message that says
 * what is wrong, and nothing is written.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileWorkbookIntegrationTests {

	private static final String SECRET = "TOP-SECRET-MARKER-4711";

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

	private ImportCalls calls;

	private long cycle;

	private byte[] filled;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ImportCalls(this.mvc, this.fixtures);
		this.cycle = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(this.cycle, Who.OWNER));
		book.fill(book.emptyRowOf("PRE.2.1"), "A need that must not arrive", "OPERATIONAL", "PREVENTION", "HIGH");
		this.filled = book.bytes();
	}

	@Test
	void refusesAFileThatIsNotAZip() throws Exception {
		refused("<html>not a workbook</html>".getBytes(StandardCharsets.UTF_8), "not a zip file");
	}

	@Test
	void refusesAZipBomb() throws Exception {
		byte[] zeros = new byte[20 * 1024 * 1024];
		refused(NeedsWorkbooks.rewrite(this.filled, (name, bytes) -> bytes, Map.of("xl/media/image1.png", zeros)),
				"zip bomb");
	}

	@Test
	void refusesAZipBombThatLiesAboutItsSizes() throws Exception {
		// Written with a stored-size header of a data descriptor: the guard cannot see
		// the
		// size in advance, POI stops it while reading.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
					new java.io.ByteArrayInputStream(this.filled));
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet3.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					content = xml.replace("</worksheet>", "<extLst/>" + " ".repeat(30 * 1024 * 1024) + "</worksheet>")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.write(content);
				out.closeEntry();
			}
		}
		String json = failed(bytes.toByteArray());
		assertThat((String) JsonPath.read(json, "$.error")).containsAnyOf("zip bomb", "not a readable");
	}

	@Test
	void refusesAWorkbookWithThousandsOfParts() throws Exception {
		Map<String, byte[]> parts = new HashMap<>();
		for (int i = 0; i < 2000; i++) {
			parts.put("xl/extra/part" + i + ".xml", new byte[] { '<', 'a', '/', '>' });
		}
		refused(NeedsWorkbooks.rewrite(this.filled, (name, bytes) -> bytes, parts), "parts");
	}

	@Test
	void refusesXmlWithAnExternalEntityAndReadsNoFile() throws Exception {
		Path secret = Files.createTempFile("iisg-xxe", ".txt");
		Files.writeString(secret, SECRET);
		String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]>";
		byte[] hostile = NeedsWorkbooks.rewrite(this.filled, (name, bytes) -> {
			if (!name.startsWith("xl/worksheets/")) {
				return bytes;
			}
			String xml = NeedsWorkbooks.utf8(bytes).replaceFirst("<\\?xml[^>]*\\?>", "");
			xml = xml.replaceFirst("<c r=\"E2\"[^>]*>",
					"<c r=\"E2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"Z2\">");
			return (doctype + xml).getBytes(StandardCharsets.UTF_8);
		}, Map.of());
		String json = failed(hostile);
		assertThat((String) JsonPath.read(json, "$.error")).contains("DOCTYPE").doesNotContain(SECRET);
		assertThat(json).doesNotContain(SECRET);
	}

	@Test
	void refusesAMacroWorkbook() throws Exception {
		byte[] withMacros = NeedsWorkbooks.rewrite(this.filled, (name, bytes) -> {
			if (name.equals("[Content_Types].xml")) {
				return NeedsWorkbooks.utf8(bytes)
					.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
							"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
					.getBytes(StandardCharsets.UTF_8);
			}
			return bytes;
		}, Map.of("xl/vbaProject.bin", new byte[] { 0, 1, 2, 3 }));
		refused(withMacros, "macros");
		byte[] xlsm = NeedsWorkbooks.rewrite(this.filled,
				(name, bytes) -> name.equals("[Content_Types].xml") ? NeedsWorkbooks.utf8(bytes)
					.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
							"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
					.getBytes(StandardCharsets.UTF_8) : bytes,
				Map.of());
		refused(xlsm, "macro-enabled");
	}

	@Test
	void refusesAWorkbookThatIsNoTemplate() throws Exception {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Needs").createRow(1).createCell(4).setCellValue("A need");
			workbook.write(out);
			refused(out.toByteArray(), "not a needs template");
		}
	}

	private void refused(byte[] file, String reason) throws Exception {
		String json = failed(file);
		assertThat((String) JsonPath.read(json, "$.error")).contains(reason);
	}

	private String failed(byte[] file) throws Exception {
		long job = this.calls.upload(file, "hostile.xlsx", Who.OWNER);
		String json = this.calls.await(job, Who.OWNER);
		assertThat(ImportCalls.status(json)).isEqualTo("FAILED");
		assertThat((Object) JsonPath.read(json, "$.preview")).isNull();
		String needs = this.mvc
			.perform(get("/api/v1/needs").param("cycle", String.valueOf(this.cycle)).with(this.fixtures.as(Who.OWNER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<?>) JsonPath.read(needs, "$.items")).isEmpty();
		return json;
	}

}
