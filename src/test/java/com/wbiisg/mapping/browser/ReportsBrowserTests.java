package com.wbiisg.mapping.browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report journey in a real browser, on the demo data: the Secretariat generates draft
 * 1 of the WBCTi Response Mapping Report 2022 and downloads its PDF; Austria's focal
 * point comments on its gaps; Slovenia's focal point, a pillar lead, validates a
 * submitted need; the Secretariat generates draft 2, sees the change in the comparison,
 * resolves the comment, and takes draft 2 through discussion, finalisation, adoption and
 * publication; a visitor who is not signed in reads the public version, which names no
 * need. (The demo's WBCTi Needs Mapping Report already has an adopted draft, so the
 * journey works on the other report.) Screenshots of each step are saved under
 * {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + ReportsBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-reports-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class ReportsBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String COMMENT = "The gaps should name the 2022 baseline of each partner.";

	private static final By MAIN = By.id("main");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void secretariatTakesAReportFromDraftToPublicationAndAVisitorReadsItsPublicPart()
			throws IOException, InterruptedException {
		Browser browser = this.session.browser();

		// 1. The Secretariat generates draft 1 of the Response Mapping Report 2022
		browser.signIn("secretariat", PASSWORD);
		browser.followNav("Reports");
		assertThat(textOf(browser.visible(By.id("reports-page")))).contains("Needs Mapping Report")
			.contains("WBCTi 2021\u20132022");
		String first = generateResponseMappingReport();
		assertThat(textOf(browser.visible(By.id("report-heading")))).contains("Response Mapping Report")
			.contains("WBCTi 2022");
		assertThat(textOf(browser.visible(By.id("report-draft")))).isEqualTo("Draft 1");
		assertThat(textOf(browser.visible(By.id("partners-line")))).contains("Kosovo*");
		String pdf = browser.visible(By.id("download-pdf")).getDomAttribute("href");
		assertThat(pdf).isEqualTo("/reports/" + first + ".pdf");
		HttpResponse<byte[]> file = browser.download(pdf);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		browser.screenshot("reports-01-draft-1");
		browser.signOut();

		// 2. Austria's focal point comments on the gaps of draft 1
		browser.signIn("at.focal", PASSWORD);
		browser.open("/reports/" + first);
		browser.click(By.id("comments-gaps"));
		browser.waitUntil("the section's thread", ExpectedConditions.urlContains("/sections/gaps"));
		browser.type(By.id("comment-text"), COMMENT);
		browser.click(By.cssSelector("#new-comment button[type='submit']"));
		browser.waitUntil("the comment in the thread",
				ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), COMMENT));
		browser.screenshot("reports-02-comment");
		browser.signOut();

		// 3. Slovenia's focal point, a pillar lead, validates a submitted need
		browser.signIn("si.focal", PASSWORD);
		browser.followNav("Review");
		browser.visible(By.cssSelector("#review-queue tbody tr"));
		WebElement row = browser.findAll(By.cssSelector("#review-queue tbody tr"))
			.stream()
			.filter((candidate) -> !candidate.findElements(By.cssSelector("button.btn-success")).isEmpty())
			.findFirst()
			.orElseThrow();
		String need = row.getDomAttribute("id").substring("row-".length());
		String title = textOf(row.findElement(By.cssSelector("th a")));
		browser.click(By.cssSelector("#row-" + need + " button.btn-success"));
		browser.waitForText(MAIN, "The need was validated.");
		browser.signOut();

		// 4. The Secretariat generates draft 2 and compares it with draft 1
		browser.signIn("secretariat", PASSWORD);
		browser.followNav("Reports");
		String second = generateResponseMappingReport();
		assertThat(textOf(browser.visible(By.id("report-draft")))).isEqualTo("Draft 2");
		assertThat(textOf(browser.visible(By.id("comments-gaps")))).isEqualTo("Comments (0)");
		browser.choose(By.id("diff-other"), "Draft 1 (Draft)");
		browser.click(By.cssSelector("#diff-chooser button[type='submit']"));
		browser.waitUntil("the comparison", ExpectedConditions.urlContains("/reports/" + second + "/diff/" + first));
		assertThat(textOf(browser.visible(By.id("diff-heading")))).isEqualTo("Changes from draft 1 to draft 2");
		WebElement change = browser.visible(By.id("changed-" + need));
		assertThat(textOf(change)).contains(title);
		assertThat(textOf(change.findElement(By.cssSelector(".diff-field-status")))).contains("Submitted")
			.contains("Validated");
		assertThat(browser.findAll(By.cssSelector("#diff-changed .card"))).hasSize(1);
		assertThat(browser.findAll(By.id("diff-added"))).isEmpty();
		browser.screenshot("reports-03-diff");

		// 5. The Secretariat resolves the comment on draft 1
		browser.open("/reports/" + first + "/sections/gaps");
		browser.click(By.cssSelector("#comments .comment-tools button"));
		browser.waitUntil("the resolved badge",
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comments .comment-resolved-badge")));

		// 6. Draft 2 is discussed, made final, adopted and published
		browser.open("/reports/" + second);
		browser.type(By.id("decision"), "WBCTi SG, Budva, 27 April 2023");
		step("DISCUSS", "The discussion of the draft was recorded.", "Discussed");
		step("FINALISE", "The draft is final.", "Final");
		browser.type(By.id("decision"), "7th IISG Board (illustrative), 2023");
		browser.setValue(By.id("adoptedOn"), "2023-06-15");
		step("ADOPT", "The adoption of the draft was recorded.", "Adopted");
		assertThat(textOf(browser.visible(By.id("lifecycle-adopted")))).contains("15 June 2023")
			.contains("7th IISG Board");
		step("PUBLISH", "The draft is published", "Published");
		assertThat(browser.findAll(By.id("transition-form"))).isEmpty();
		browser.screenshot("reports-04-published");
		browser.signOut();

		// 7. A visitor who is not signed in reads the public version
		browser.open("/");
		browser.click(By.xpath("//header//a[normalize-space()='Public reports']"));
		browser.click(By.cssSelector("#public-report-" + second + " a"));
		browser.waitUntil("the public report", ExpectedConditions.urlContains("/public/reports/" + second));
		String page = textOf(browser.visible(By.id("public-report-page")));
		assertThat(page).contains("Response Mapping Report").contains("WBCTi 2022").contains("Kosovo*");
		assertThat(page).doesNotContain(title);
		List<WebElement> projects = browser.findAll(By.cssSelector("#public-report-projects tbody tr"));
		assertThat(projects).isNotEmpty();
		assertThat(browser.findAll(By.id("transition-form"))).isEmpty();
		browser.screenshot("reports-05-public");
	}

	/**
	 * Fills in the generate form for the WBCTi Response Mapping Report 2022 and answers
	 * the id of the draft it opens.
	 */
	private String generateResponseMappingReport() {
		Browser browser = this.session.browser();
		browser.click(By.cssSelector("label[for='kind-RESPONSE_MAPPING']"));
		browser.choose(By.id("initiative"), "WBCTi");
		browser.choose(By.id("year"), "2022");
		browser.click(By.id("generate-submit"));
		browser.waitForText(MAIN, "The draft was generated.");
		return browser.currentPath().substring("/reports/".length());
	}

	private void step(String action, String flash, String status) {
		Browser browser = this.session.browser();
		browser.click(By.id("action-" + action));
		browser.waitForText(MAIN, flash);
		assertThat(textOf(browser.visible(By.id("report-status")))).isEqualTo(status);
	}

}
