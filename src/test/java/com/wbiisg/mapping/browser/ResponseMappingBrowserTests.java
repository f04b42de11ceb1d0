package com.wbiisg.mapping.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response mapping in a real browser, on the demo data: Austria's focal point
 * registers a project benefiting Bosnia and Herzegovina and Serbia, funded by Austria and
 * implemented by DCAF, finds two validated demo needs with the "Link to needs" panel and
 * links them with shares of 60% and 40%; both needs' pages list the project; after
 * signing out, an anonymous visitor finds it on the public list and downloads it as CSV.
 * Screenshots of each step are saved under {@code target/browser-screenshots} as
 * {@code responses-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + ResponseMappingBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-responses-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class ResponseMappingBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String FOCAL_POINT = "at.focal";

	/**
	 * A validated, unrestricted demo need of Bosnia and Herzegovina.
	 */
	private static final String BA_NEED = "Reintegration of returned FTFs and their family members";

	/**
	 * A validated, unrestricted demo need of Serbia.
	 */
	private static final String RS_NEED = "Multi-agency approach including civil society organisations";

	private static final By MAIN = By.id("main");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Value("${local.server.port}")
	int port;

	@Test
	void aPartnerRegistersAProjectLinksItToTwoNeedsAndTheVisitorFindsItOnThePublicList() throws Exception {
		Browser browser = this.session.browser();
		String title = "Reintegration and community resilience " + UUID.randomUUID().toString().substring(0, 6);

		// 1. Austria's focal point registers the project with the form
		browser.open("/");
		browser.signIn(FOCAL_POINT, PASSWORD);
		browser.followNav("Projects");
		browser.click(By.id("new-project"));
		browser.waitForText(By.cssSelector("h1"), "New project");
		assertThat(textOf(browser.visible(By.id("reporting-organisation")))).isEqualTo("Austria");
		browser.type(By.id("title"), title);
		browser.type(By.id("description"), "Support to the reintegration of returnees and to local referral.");
		new Select(browser.visible(By.id("funders"))).selectByVisibleText("Austria");
		new Select(browser.visible(By.id("implementers"))).selectByVisibleText("DCAF Ljubljana");
		browser.tick(By.id("partners-fieldset"), "Bosnia and Herzegovina");
		browser.tick(By.id("partners-fieldset"), "Serbia");
		browser.click(By.cssSelector("label[for='initiative-WBCTi']"));
		browser.click(By.cssSelector("label[for='pillar-PRE']"));
		browser.type(By.id("budgetAmount"), "300000");
		browser.setValue(By.id("plannedStart"), "2021-04-01");
		browser.setValue(By.id("plannedEnd"), "2022-12-31");
		browser.choose(By.id("status"), "Implementation");
		browser.type(By.id("reportingYears"), "2021, 2022");
		browser.screenshot("responses-01-project-form");
		browser.click(By.id("save-project"));
		browser.waitForText(MAIN, "The project was registered.");
		assertThat(textOf(browser.visible(By.cssSelector("h1")))).contains(title).contains("Implementation");
		assertThat(textOf(browser.visible(By.id("project-partners")))).isEqualTo("Bosnia and Herzegovina, Serbia");
		assertThat(browser.currentPath()).matches("/projects/\\d+");
		String projectPath = browser.currentPath();
		browser.screenshot("responses-02-project-page");

		// 2. It finds two demo needs with the panel and links them, 60% and 40%
		long baNeed = linkNeed("Bosnia and Herzegovina", BA_NEED, "Full", "60");
		browser.screenshot("responses-03-first-link");
		long rsNeed = linkNeed("Serbia", RS_NEED, "Partial", "40");
		List<WebElement> links = browser.findAll(By.cssSelector("#links-table tbody tr"));
		assertThat(links).hasSize(2);
		assertThat(textOf(browser.visible(By.id("link-" + baNeed)))).contains(BA_NEED)
			.contains("Bosnia and Herzegovina")
			.contains("Full")
			.contains("60.00%");
		assertThat(textOf(browser.visible(By.id("link-" + rsNeed)))).contains(RS_NEED)
			.contains("Serbia")
			.contains("Partial")
			.contains("40.00%");
		browser.screenshot("responses-04-linked");

		// 3. Both needs' pages list the project
		for (long need : List.of(baNeed, rsNeed)) {
			browser.click(By.cssSelector("#link-" + need + " a[href='/needs/" + need + "']"));
			browser.waitForText(By.id("need-projects"), title);
			assertThat(textOf(browser.visible(By.id("need-projects")))).contains(title)
				.contains((need == baNeed) ? "60.00%" : "40.00%");
			browser.open(projectPath);
			browser.visible(By.id("links-table"));
		}
		browser.signOut();

		// 4. An anonymous visitor finds it on the public list and downloads the CSV
		browser.open("/public/projects");
		browser.type(By.id("f-q"), title);
		browser.click(By.cssSelector("form[role='search'] button[type='submit']"));
		browser.waitForText(By.id("public-projects"), title);
		WebElement row = browser
			.visible(By.xpath("//table[@id='public-projects']//tr[th[normalize-space()='" + title + "']]"));
		assertThat(textOf(row)).contains("Austria")
			.contains("DCAF Ljubljana")
			.contains("Bosnia and Herzegovina, Serbia")
			.contains("WBCTi (PRE)")
			.contains("Implementation")
			.contains("EUR 300,000");
		browser.screenshot("responses-05-public-list");
		String csvUrl = browser.visible(By.id("csv-download")).getDomProperty("href");
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(csvUrl)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"iisg-projects.csv\"");
		assertThat(csv.body()).startsWith("title,funders,implementers,partners")
			.contains(
					title + ",Austria,DCAF Ljubljana,BA; RS,WBCTi,PRE,2021-04-01,2022-12-31,IMPLEMENTATION,300000.00");
		assertThat(csvUrl).startsWith("http://localhost:" + this.port + "/public/projects.csv?");
	}

	/**
	 * Searches the panel for a need of a partner by its title, links it with the coverage
	 * and share given, and answers its id.
	 */
	private long linkNeed(String partner, String needTitle, String coverage, String share) throws IOException {
		Browser browser = this.session.browser();
		browser.choose(By.id("s-partner"), partner);
		browser.type(By.id("s-q"), needTitle);
		browser.click(By.id("need-search-submit"));
		browser.waitForText(By.id("need-results"), needTitle);
		WebElement result = browser
			.visible(By.xpath("//table[@id='need-results-table']//tr[.//a[normalize-space()='" + needTitle + "']]"));
		long need = Long.parseLong(result.getDomAttribute("id").substring("result-".length()));
		// htmx loaded the results in place: the page did not change.
		assertThat(browser.currentPath()).matches("/projects/\\d+");
		browser.choose(By.id("coverage-" + need), coverage);
		browser.type(By.id("share-" + need), share);
		browser.type(By.id("note-" + need), "Linked in the browser journey");
		browser.click(By.cssSelector("#link-form-" + need + " button[type='submit']"));
		browser.waitForText(MAIN, "The project was linked to the need.");
		browser.visible(By.id("link-" + need));
		return need;
	}

}
