package com.wbiisg.mapping.meetings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.Membership;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Methodologies and key documents: versions of PDF or DOCX files of at most 10 MB, their
 * type proven by their bytes; members download them, observers do not reach them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	private MeetingFixtures fixtures;

	private long document;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		String location = this.mvc
			.perform(post("/documents").with(this.fixtures.as(Who.SECRETARIAT))
				.with(csrf())
				.param("kind", "TERMS_OF_REFERENCE")
				.param("title", "IISG Terms of Reference"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.document = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void uploadsVersionsOfPdfAndWordFilesAndServesThem() throws Exception {
		upload("tor-2019.pdf", "application/pdf", DecisionFixtures.PDF).andExpect(status().is3xxRedirection());
		upload("tor-2019.docx", "application/octet-stream", docx()).andExpect(status().is3xxRedirection());
		var page = Jsoup.parse(this.mvc.perform(get("/documents/" + this.document).with(this.fixtures.as(Who.MK)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var links = page.select("#versions a[href^=/documents/versions/]");
		assertThat(links.eachText()).anySatisfy((text) -> assertThat(text).contains("tor-2019.pdf"));
		String pdf = links.stream()
			.filter((link) -> link.text().contains(".pdf"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		this.mvc.perform(get(pdf).with(this.fixtures.as(Who.AT)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(DecisionFixtures.PDF));
		this.mvc.perform(get(pdf).with(this.fixtures.as(Who.OBSERVER))).andExpect(status().isForbidden());
	}

	@Test
	void refusesFilesThatAreNotWhatTheyClaim() throws Exception {
		refused(upload("report.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)),
				"is not one");
		refused(upload("report.docx", "application/octet-stream", zip("other.txt")), "is not one");
		refused(upload("script.exe", "application/pdf", DecisionFixtures.PDF), "PDF or a Word document");
		refused(upload("report.pdf", "text/html", DecisionFixtures.PDF), "was sent as text/html");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(DecisionFixtures.PDF, 0, large, 0, DecisionFixtures.PDF.length);
		refused(upload("large.pdf", "application/pdf", large), "at most 10 MB");
		refused(upload("empty.pdf", "application/pdf", new byte[0]), "Choose a PDF");
	}

	@Test
	void keepsDocumentsFromObserversAndUploadsToTheSecretariat() throws Exception {
		this.mvc.perform(get("/documents").with(this.fixtures.as(Who.OBSERVER))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/documents/" + this.document + "/versions")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", DecisionFixtures.PDF))
				.with(this.fixtures.as(Who.BOARD))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private ResultActions upload(String name, String type, byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/documents/" + this.document + "/versions")
			.file(new MockMultipartFile("file", name, type, bytes))
			.with(this.fixtures.as(Who.SECRETARIAT))
			.with(csrf()));
	}

	private static void refused(ResultActions result, String reason) throws Exception {
		result.andExpect(status().isUnprocessableContent());
		assertThat(result.andReturn().getResponse().getContentAsString()).contains(reason);
	}

	/**
	 * The smallest ZIP that has the parts of a Word document.
	 */
	static byte[] docx() throws Exception {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	private static byte[] zip(String... entries) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
