package com.wbiisg.mapping.browser;

import java.io.IOException;
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
 * The needs mapping in a real browser, from the demo cycle "WBCTi 2021–2022": North
 * Macedonia's focal point adds two needs under different measures with the inline form
 * and submits them; Slovenia's focal point, a WBCTi pillar lead, returns one with a
 * reason and validates the other; the focal point reads the reason, completes the need
 * and submits it again; the pillar lead validates it; the Secretariat adopts it from the
 * review queue and comments on it, and the need page tells the whole story. Screenshots
 * of each step are saved under {@code target/browser-screenshots} as
 * {@code needs-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + NeedsMappingBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-needs-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class NeedsMappingBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String CYCLE = "WBCTi 2021\u20132022";

	private static final String FOCAL_POINT = "mk.focal";

	private static final String PILLAR_LEAD = "si.focal";

	private static final String SECRETARIAT = "secretariat";

	/**
	 * The need that is returned, completed, submitted again, validated and adopted.
	 */
	private static final String PRISONS = "Disengagement programme for radicalised prisoners";

	private static final String PRISONS_MEASURE = "PRE.3.1";

	/**
	 * The need that is validated at once.
	 */
	private static final String EUROPOL = "Joint investigation teams with EU Member States";

	private static final String EUROPOL_MEASURE = "RES.1.1";

	private static final String REASON = "Please name the prison administration concerned";

	private static final String INSTITUTION = "Directorate for Execution of Sanctions";

	private static final String DECISION = "6th IISG Board, Sarajevo, 20 June 2022";

	private static final String COMMENT = "Adopted as completed; the Directorate will report in the response mapping.";

	private static final By STATUS = By.id("need-status");

	private static final By MAIN = By.id("main");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void needReturnedByThePillarLeadIsCompletedResubmittedValidatedAndAdoptedWithItsWholeHistory() throws IOException {
		// 1. North Macedonia's focal point enters two needs and submits them
		this.session.browser().open("/");
		this.session.browser().signIn(FOCAL_POINT, PASSWORD);
		this.session.browser().followNav("Our needs");
		seeTheTemplateWithItsProgress();
		this.session.browser().screenshot("needs-01-our-needs");

		long prisons = addNeed(PRISONS_MEASURE, PRISONS, "Institutional", "Prevention", "High", null, "JAP objective 2",
				"needs-02-add-need-form");
		long europol = addNeed(EUROPOL_MEASURE, EUROPOL, "Operational", "Response", "Medium", "Ministry of Interior",
				"JAP objective 3", null);
		assertThat(textOf(this.session.browser().visible(By.id("count-DRAFT")))).isEqualTo("7");
		assertThat(textOf(this.session.browser().visible(By.id("count-total")))).isEqualTo("8");
		this.session.browser().screenshot("needs-03-two-drafts");

		submitFromItsPage(prisons, PRISONS, "Draft");
		this.session.browser().screenshot("needs-04-submitted");
		this.session.browser().followNav("Our needs");
		submitFromItsPage(europol, EUROPOL, "Draft");
		this.session.browser().followNav("Our needs");
		assertThat(textOf(this.session.browser().visible(By.id("count-SUBMITTED")))).isEqualTo("3");
		assertThat(textOf(this.session.browser().visible(By.id("count-DRAFT")))).isEqualTo("5");
		this.session.browser().signOut();

		// 2. Slovenia's focal point, a WBCTi pillar lead, returns one and validates the
		// other
		this.session.browser().signIn(PILLAR_LEAD, PASSWORD);
		this.session.browser().followNav("Review");
		this.session.browser().visible(By.id("queue-count"));
		this.session.browser().choose(By.id("f-partner"), "North Macedonia");
		this.session.browser().click(By.cssSelector("form[role='search'] button[type='submit']"));
		this.session.browser().waitUntil("the queue filtered on MK", ExpectedConditions.urlContains("partner=MK"));
		assertThat(textOf(this.session.browser().visible(row(prisons)))).contains(PRISONS).contains(PRISONS_MEASURE);
		assertThat(textOf(this.session.browser().visible(row(europol)))).contains(EUROPOL).contains(EUROPOL_MEASURE);
		assertThat(this.session.browser().findAll(By.cssSelector("#review-queue tbody tr")))
			.allSatisfy((tr) -> assertThat(textOf(tr)).startsWith("MK"));
		this.session.browser().screenshot("needs-05-review-queue");

		this.session.browser().click(By.cssSelector("#row-" + prisons + " details.return-details > summary"));
		this.session.browser().type(By.id("reason-" + prisons), REASON);
		this.session.browser().screenshot("needs-06-return-reason");
		this.session.browser()
			.click(By.cssSelector("#row-" + prisons + " details.return-details button[type='submit']"));
		this.session.browser().waitForText(MAIN, "The need was returned to its partner with your reason.");
		assertThat(this.session.browser().currentUrl()).contains("partner=MK");
		assertThat(this.session.browser().findAll(row(prisons))).isEmpty();

		this.session.browser().click(By.cssSelector("button[aria-label='Validate " + EUROPOL + "']"));
		this.session.browser().waitForText(MAIN, "The need was validated.");
		assertThat(this.session.browser().findAll(row(europol))).isEmpty();
		this.session.browser().screenshot("needs-07-reviewed");
		this.session.browser().signOut();

		// 3. The focal point reads the reason, completes the need and submits it again
		this.session.browser().signIn(FOCAL_POINT, PASSWORD);
		this.session.browser().followNav("Our needs");
		WebElement returned = this.session.browser().visible(needRow(prisons));
		assertThat(textOf(returned)).contains("Returned");
		this.session.browser().click(needLink(prisons));
		waitForStatus("Returned");
		WebElement reason = this.session.browser().visible(By.id("return-reason"));
		assertThat(textOf(reason)).contains("Returned for changes").contains(REASON);
		assertThat(reason.getDomAttribute("role")).isEqualTo("alert");
		this.session.browser().screenshot("needs-08-returned-need");

		this.session.browser().click(By.id("edit-need"));
		this.session.browser().type(By.id("institution"), INSTITUTION);
		this.session.browser().screenshot("needs-09-edit-form");
		this.session.browser().click(By.cssSelector(".need-form form button[type='submit']"));
		this.session.browser().waitForText(MAIN, "The need was saved.");
		waitForStatus("Returned");
		assertThat(textOf(this.session.browser().visible(By.id("need-fields")))).contains(INSTITUTION);
		submit();
		assertThat(this.session.browser().findAll(By.id("return-reason"))).isEmpty();
		this.session.browser().screenshot("needs-10-resubmitted");
		this.session.browser().signOut();

		// 4. The pillar lead validates it
		this.session.browser().signIn(PILLAR_LEAD, PASSWORD);
		this.session.browser().followNav("Review");
		assertThat(textOf(this.session.browser().visible(row(prisons)))).contains(PRISONS).contains("Submitted");
		this.session.browser().click(By.cssSelector("button[aria-label='Validate " + PRISONS + "']"));
		this.session.browser().waitForText(MAIN, "The need was validated.");
		assertThat(this.session.browser().findAll(row(prisons))).isEmpty();
		this.session.browser().signOut();

		// 5. The Secretariat adopts it from the queue of validated needs
		this.session.browser().signIn(SECRETARIAT, PASSWORD);
		this.session.browser().followNav("Review");
		this.session.browser().choose(By.id("f-partner"), "North Macedonia");
		this.session.browser().choose(By.id("f-status"), "Validated");
		this.session.browser().click(By.cssSelector("form[role='search'] button[type='submit']"));
		this.session.browser()
			.waitUntil("the queue of validated needs", ExpectedConditions.urlContains("status=VALIDATED"));
		this.session.browser().visible(row(europol));
		this.session.browser().click(By.id("adopt-" + prisons));
		assertThat(this.session.browser().visible(By.id("adopt-" + prisons)).isSelected()).isTrue();
		assertThat(this.session.browser().visible(By.id("adopt-" + europol)).isSelected()).isFalse();
		this.session.browser().type(By.id("adoption-decision"), DECISION);
		this.session.browser().screenshot("needs-11-adoption");
		this.session.browser().click(By.cssSelector("#adoption-form button[type='submit']"));
		this.session.browser().waitForText(By.id("adopted-notice"), "1 need was adopted.");
		assertThat(this.session.browser().currentUrl()).contains("status=ADOPTED");
		assertThat(textOf(this.session.browser().visible(row(prisons)))).contains("Adopted");
		assertThat(this.session.browser().findAll(row(europol))).isEmpty();
		this.session.browser().screenshot("needs-12-adopted");

		// 6. The need page shows the whole story, and takes the Secretariat's comment
		this.session.browser().click(By.cssSelector("a[aria-label='Open " + PRISONS + "']"));
		waitForStatus("Adopted");
		assertThat(textOf(this.session.browser().visible(By.id("adoption-decision")))).contains(DECISION);
		assertThat(historyRows()).containsExactly(List.of(FOCAL_POINT, "Created", "Draft", "\u2014"),
				List.of(FOCAL_POINT, "Submit", "Draft \u2192 Submitted", "\u2014"),
				List.of(PILLAR_LEAD, "Return", "Submitted \u2192 Returned", REASON),
				List.of(FOCAL_POINT, "Submit", "Returned \u2192 Submitted", "\u2014"),
				List.of(PILLAR_LEAD, "Validate", "Submitted \u2192 Validated", "\u2014"),
				List.of(SECRETARIAT, "Adopt", "Validated \u2192 Adopted", DECISION));

		this.session.browser().visible(By.id("comments-empty"));
		this.session.browser().type(By.id("comment-text"), COMMENT);
		this.session.browser().click(By.cssSelector("#new-comment button[type='submit']"));
		this.session.browser().waitForText(By.cssSelector("#comments .comment-list"), COMMENT);
		WebElement comment = this.session.browser().visible(By.cssSelector("#comments .comment-list > li.comment"));
		assertThat(textOf(comment.findElement(By.className("comment-author")))).isEqualTo(SECRETARIAT);
		assertThat(textOf(comment.findElement(By.className("comment-text")))).isEqualTo(COMMENT);
		assertThat(this.session.browser().findAll(By.id("comments-empty"))).isEmpty();
		assertThat(this.session.browser().visible(By.id("comment-text")).getDomProperty("value")).isEmpty();
		this.session.browser().screenshot("needs-13-history-and-comment");
	}

	private void seeTheTemplateWithItsProgress() {
		assertThat(this.session.browser().currentPath()).isEqualTo("/needs/ours");
		this.session.browser().visible(By.xpath("//h2[normalize-space()='Template of " + CYCLE + "']"));
		assertThat(textOf(this.session.browser().visible(By.cssSelector("h1"))))
			.isEqualTo("Our needs \u00b7 North Macedonia");
		assertThat(textOf(this.session.browser().visible(By.cssSelector("#cycle-choice option:checked"))))
			.isEqualTo(CYCLE + " (Open)");
		assertThat(textOf(this.session.browser().visible(By.id("measures-progress"))))
			.matches("\\d+ of \\d+ measures have needs\\.");
		assertThat(textOf(this.session.browser().visible(By.id("count-DRAFT")))).isEqualTo("5");
		assertThat(textOf(this.session.browser().visible(By.id("count-SUBMITTED")))).isEqualTo("1");
		assertThat(textOf(this.session.browser().visible(By.id("count-total")))).isEqualTo("6");
		assertThat(this.session.browser().visible(By.id("submit-all-form")).isDisplayed()).isTrue();
	}

	/**
	 * Adds a need under a measure with the inline form of the template and answers its
	 * id.
	 */
	private long addNeed(String measure, String title, String type, String perspective, String priority,
			String institution, String reference, String screenshot) throws IOException {
		By slot = By.id("slot-" + measure.replace('.', '_'));
		this.session.browser().click(By.cssSelector("a[aria-label='Add a need under " + measure + "']"));
		By titleField = By.cssSelector("#" + slotId(measure) + " #title");
		this.session.browser().visible(titleField);
		assertThat(this.session.browser().currentPath()).isEqualTo("/needs/ours");
		assertThat(textOf(this.session.browser().visible(slot))).contains("New need").contains(measure).contains(CYCLE);
		this.session.browser().type(titleField, title);
		this.session.browser().choose(By.cssSelector("#" + slotId(measure) + " #type"), type);
		this.session.browser().choose(By.cssSelector("#" + slotId(measure) + " #perspective"), perspective);
		this.session.browser().choose(By.cssSelector("#" + slotId(measure) + " #priority"), priority);
		this.session.browser().choose(By.cssSelector("#" + slotId(measure) + " #timeframe"), "Short term");
		if (institution != null) {
			this.session.browser().type(By.cssSelector("#" + slotId(measure) + " #institution"), institution);
		}
		this.session.browser().tick(slot, reference);
		if (screenshot != null) {
			this.session.browser().screenshot(screenshot);
		}
		this.session.browser().click(By.cssSelector("#" + slotId(measure) + " form button[type='submit']"));
		By rows = By.cssSelector("li[id='item-" + measure + "'] .measure-needs");
		this.session.browser().waitForText(rows, title);
		assertThat(this.session.browser().currentUrl()).endsWith("#measure-" + measure);
		WebElement link = this.session.browser()
			.visible(By.xpath("//li[@id='item-" + measure + "']//div[contains(@class,'need-row')]/a[normalize-space()='"
					+ title + "']"));
		String href = link.getDomAttribute("href");
		assertThat(href).matches("/needs/\\d+");
		long id = Long.parseLong(href.substring("/needs/".length()));
		assertThat(textOf(this.session.browser().visible(needRow(id)))).contains("Draft")
			.contains(priority + " priority");
		return id;
	}

	private void submitFromItsPage(long id, String title, String status) {
		this.session.browser().click(needLink(id));
		waitForStatus(status);
		assertThat(textOf(this.session.browser().visible(By.cssSelector("h1")))).contains(title);
		submit();
	}

	/**
	 * Submits the need shown with the button of its page.
	 */
	private void submit() {
		this.session.browser().click(By.cssSelector("#action-SUBMIT button[type='submit']"));
		waitForStatus("Submitted");
		this.session.browser().waitForText(MAIN, "The need was submitted for validation.");
		assertThat(this.session.browser().findAll(By.id("edit-need"))).isEmpty();
	}

	private void waitForStatus(String status) {
		this.session.browser()
			.waitUntil("need status " + status,
					(driver) -> status.equals(textOf(driver.findElement(STATUS))) ? Boolean.TRUE : null);
	}

	/**
	 * The rows of the history table: who, action, status change and reason or decision,
	 * as a user reads them (the "to" for screen readers left out).
	 */
	private List<List<String>> historyRows() {
		return this.session.browser().findAll(By.cssSelector("#history tbody tr")).stream().map((tr) -> {
			List<WebElement> cells = tr.findElements(By.tagName("td"));
			String change = String.join(" ",
					cells.get(3)
						.findElements(By.cssSelector("span:not(.visually-hidden)"))
						.stream()
						.map(Browser::textOf)
						.toList());
			return List.of(textOf(cells.get(1)), textOf(cells.get(2)), change, textOf(cells.get(4)));
		}).toList();
	}

	private static By row(long id) {
		return By.id("row-" + id);
	}

	private static By needRow(long id) {
		return By.id("need-" + id);
	}

	private static By needLink(long id) {
		return By.cssSelector("#need-" + id + " a[href='/needs/" + id + "']");
	}

	private static String slotId(String measure) {
		return "slot-" + measure.replace('.', '_');
	}

}
