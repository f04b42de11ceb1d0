package com.wbiisg.mapping.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.wbiisg.mapping.exchange.NeedsWorkbooks;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline needs template in a real browser, in the demo cycle "WBCTi 2021–2022":
 * North Macedonia's focal point downloads the template from the Import page, fills two
 * needs in it (here with POI, as Excel would), uploads it and sees the preview with the
 * one error it has (a priority that is not in the list), corrects it, uploads the file
 * again and confirms; the two needs are then on the list of its needs. Screenshots under
 * {@code target/browser-screenshots} as {@code template-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + NeedsTemplateBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-template-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class NeedsTemplateBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String CYCLE = "WBCTi 2021\u20132022";

	private static final String FIRST = "Mobile forensic kits for the border police";

	private static final String SECOND = "Curriculum on online radicalisation for teachers";

	private static final By STATUS = By.id("job-status");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void focalPointFillsTheTemplateOfflineCorrectsTheOneErrorAndImportsIt() throws Exception {
		Browser browser = this.session.browser();
		browser.open("/");
		browser.signIn("mk.focal", PASSWORD);
		browser.followNav("Import");
		browser.choose(By.id("template-cycle"), CYCLE);
		String cycle = new Select(browser.visible(By.id("template-cycle"))).getFirstSelectedOption()
			.getDomAttribute("value");
		browser.visible(By.id("download-template"));
		browser.screenshot("template-01-import-page");
		byte[] template = download(browser, "/templates/needs.xlsx?cycle=" + cycle);

		NeedsWorkbooks book = NeedsWorkbooks.open(template);
		book.fill(book.emptyRowOf("PRE.2.1"), FIRST, "OPERATIONAL", "RESPONSE", "HIGH");
		Row second = book.emptyRowOf("PRE.2.2");
		book.fill(second, SECOND, "INSTITUTIONAL", "PREVENTION", "URGENT");
		Path wrong = Files.createTempFile("needs-mk-", ".xlsx");
		Files.write(wrong, book.bytes());

		upload(browser, wrong);
		assertThat(textOf(browser.visible(By.id("count-errors")))).isEqualTo("1");
		assertThat(textOf(browser.visible(By.id("preview-errors")))).contains("Needs")
			.contains(String.valueOf(second.getRowNum() + 1))
			.contains("'URGENT' is not in the list");
		assertThat(browser.findAll(By.id("confirm-import"))).isEmpty();
		browser.visible(By.id("error-workbook"));
		browser.screenshot("template-02-preview-with-error");

		book.set(second, NeedsWorkbooks.PRIORITY, "MEDIUM");
		Path fixed = Files.createTempFile("needs-mk-", ".xlsx");
		Files.write(fixed, book.bytes());
		browser.followNav("Import");
		upload(browser, fixed);
		assertThat(textOf(browser.visible(By.id("count-create")))).isEqualTo("2");
		assertThat(textOf(browser.visible(By.id("count-errors")))).isEqualTo("0");
		browser.screenshot("template-03-preview");
		browser.click(By.id("confirm-import"));
		browser.waitForText(STATUS, "Imported");
		assertThat(textOf(browser.visible(By.id("job-result")))).contains("2 new");
		browser.screenshot("template-04-imported");

		browser.followNav("Our needs");
		browser.waitForText(By.id("main"), FIRST);
		assertThat(textOf(browser.visible(By.id("main")))).contains(FIRST).contains(SECOND);
		browser.screenshot("template-05-our-needs");
	}

	private static void upload(Browser browser, Path file) {
		browser.choose(By.id("upload-kind"), "Needs template (XLSX)");
		browser.attach(By.id("upload-file"), file);
		browser.click(By.id("upload-submit"));
		browser.waitForText(STATUS, "Preview ready");
	}

	private static byte[] download(Browser browser, String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
				.header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("needs-MK"));
		return response.body();
	}

}
