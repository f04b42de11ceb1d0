package com.wbiisg.mapping.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export in the background in a real browser, on the demo data: Slovenia's focal point
 * starts the IATI export from the projects list, lands on the export's page, which htmx
 * refreshes until the file is ready, downloads the file, and finds the export again on
 * the Exports page. Screenshots under {@code target/browser-screenshots} as
 * {@code export-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + ExportJobBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-export-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class ExportJobBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final By STATUS = By.id("job-status");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void focalPointExportsTheProjectsInTheBackgroundAndDownloadsTheFile() throws Exception {
		Browser browser = this.session.browser();
		browser.open("/");
		browser.signIn("si.focal", PASSWORD);
		browser.followNav("Projects");
		browser.click(By.id("export-jobs-toggle"));
		browser.visible(By.id("export-job-projects-iati"));
		browser.screenshot("export-01-projects-menu");
		browser.click(By.id("export-job-projects-iati"));
		browser.waitForText(STATUS, "Ready to download");
		assertThat(browser.currentPath()).matches("/exports/\\d+");
		assertThat(browser.findAll(By.id("job-progress"))).isEmpty();
		assertThat(textOf(browser.visible(By.id("job-result")))).contains("records written");
		String file = browser.visible(By.id("export-download")).getDomAttribute("href");
		assertThat(file).isEqualTo(browser.currentPath() + "/file");
		browser.screenshot("export-02-ready");

		HttpResponse<String> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + file))
				.header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"projects.iati.xml\"");
		assertThat(download.body()).contains("<iati-activities version=\"2.03\"");

		String job = browser.currentPath();
		browser.open("/exports");
		assertThat(textOf(browser.visible(By.id("my-exports")))).contains("projects.iati.xml")
			.contains("Ready to download");
		browser.screenshot("export-03-exports-page");
		browser.click(By.cssSelector("#my-exports a[href='" + job + "']"));
		browser.waitForText(STATUS, "Ready to download");
	}

}
