package com.wbiisg.mapping.browser;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Support Group meeting in a real browser, on the demo data: the Secretariat starts a
 * draft of the WBCTi framework, plans the Skopje SG meeting co-hosted by North Macedonia,
 * puts the first draft of the needs mapping on the agenda (linked to the WBCTi cycle: the
 * reporting module, and with it report drafts, does not exist yet), records the meeting
 * as held with a decision adopting the draft and an action item for North Macedonia's
 * focal point; {@code mk.focal} then finds the action under "My actions", overdue, and
 * the meeting on the calendar, and marks the action done. Screenshots of each step are
 * saved under {@code target/browser-screenshots} as {@code meetings-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + MeetingsBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-meetings-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class MeetingsBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final By MAIN = By.id("main");

	private static final String ACTION = "Send North Macedonia's comments on the first draft";

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void theSecretariatRecordsTheSkopjeMeetingAndNorthMacedoniaFindsItsAction() throws IOException {
		Browser browser = this.session.browser();
		String title = "SG discussion of the first draft of the needs mapping report "
				+ UUID.randomUUID().toString().substring(0, 4);

		// 1. The Secretariat starts a draft of the WBCTi framework from the adopted
		// version
		browser.open("/");
		browser.signIn("secretariat", PASSWORD);
		browser.open("/frameworks");
		new Select(browser.visible(By.id("initiative"))).selectByValue("WBCTi");
		browser.type(By.id("cycle"), "2021-2022");
		Select copyOf = new Select(browser.visible(By.id("copyOf")));
		WebElement adopted = copyOf.getOptions()
			.stream()
			.filter((option) -> textOf(option).contains("WBCTi 2021\u20132022 v1"))
			.findFirst()
			.orElseThrow();
		copyOf.selectByValue(adopted.getDomProperty("value"));
		browser.click(By.cssSelector("form[action$='/frameworks'] button[type='submit']"));
		waitForFrameworkStatus(browser, "Draft");
		String frameworkPath = browser.currentPath();
		String draft = textOf(browser.visible(By.cssSelector("h1")));
		assertThat(draft).contains("version 2");

		// 2. It plans the Skopje SG meeting, co-hosted by North Macedonia
		browser.click(By.id("nav-meetings"));
		browser.click(By.xpath("//ul[@aria-labelledby='nav-meetings']//a[normalize-space()='Calendar']"));
		browser.click(By.id("new-meeting"));
		browser.waitForText(By.cssSelector("h1"), "Plan a meeting");
		browser.choose(By.id("kind"), "Pillar Support Group");
		browser.type(By.id("title"), title);
		browser.tick(By.id("initiatives-fieldset"), "WBCTi");
		browser.setValue(By.id("startDate"), "2021-05-05");
		browser.setValue(By.id("startTime"), "09:30");
		browser.setValue(By.id("endTime"), "16:00");
		browser.choose(By.id("timeZone"), "Europe/Skopje");
		browser.choose(By.id("format"), "In person");
		browser.type(By.id("city"), "Skopje");
		browser.choose(By.id("partner"), "North Macedonia");
		browser.choose(By.id("hostId"), "Regional Cooperation Council");
		new Select(browser.visible(By.id("coHostIds"))).selectByVisibleText("North Macedonia");
		browser.choose(By.id("status"), "Proposed");
		browser.screenshot("meetings-01-plan");
		browser.click(By.id("save-meeting"));
		browser.waitForText(MAIN, "The meeting was planned.");
		String meetingPath = browser.currentPath();
		assertThat(meetingPath).matches("/meetings/\\d+");
		assertThat(textOf(browser.visible(By.id("meeting-co-hosts")))).isEqualTo("North Macedonia");
		assertThat(textOf(browser.visible(By.id("meeting-when")))).contains("5 May 2021, 09:30").contains("16:00");
		assertThat(textOf(browser.visible(By.id("meeting-heading")))).contains("Proposed");

		// 3. The first draft of the needs mapping report goes on the agenda, linked to it
		browser.type(By.id("agenda-title"), "First draft of the needs mapping report");
		browser.choose(By.id("agenda-reference"), "Needs Mapping Report WBCTi, draft 1");
		browser.click(By.id("add-agenda-item"));
		browser.waitForText(MAIN, "The agenda item was added.");
		assertThat(textOf(browser.visible(By.id("agenda-0")))).contains("First draft of the needs mapping report")
			.contains("Needs Mapping Report WBCTi, draft 1");
		browser.screenshot("meetings-02-agenda");

		// 4. Held, with a decision adopting the draft and an action for North Macedonia
		browser.click(By.id("edit-meeting"));
		browser.choose(By.id("status"), "Held");
		browser.click(By.id("save-meeting"));
		browser.waitForText(MAIN, "The meeting was saved.");
		browser.choose(By.id("decision-kind"), "Adopts a framework version");
		browser.choose(By.id("decision-target"), "WBCTi 2021\u20132022 v2");
		browser.type(By.id("decision-text"), "The Support Group agrees the revised WBCTi template.");
		browser.click(By.id("record-decision"));
		browser.waitForText(MAIN, "The decision was recorded.");
		assertThat(textOf(browser.visible(By.id("decision-list")))).contains("Decision 1")
			.contains("Applied to WBCTi 2021\u20132022 v2");
		browser.type(By.id("action-text"), ACTION);
		new Select(browser.visible(By.id("action-person"))).getOptions()
			.stream()
			.filter((option) -> textOf(option).contains("(mk.focal)"))
			.findFirst()
			.orElseThrow()
			.click();
		browser.setValue(By.id("action-due"), "2021-05-20");
		browser.click(By.id("assign-action"));
		browser.waitForText(MAIN, "The action item was assigned.");
		assertThat(textOf(browser.visible(By.id("actions-table")))).contains(ACTION)
			.contains("Focal point MK (demo)")
			.contains("Overdue");
		browser.screenshot("meetings-03-decided");
		browser.open(frameworkPath);
		waitForFrameworkStatus(browser, "Adopted");
		assertThat(textOf(browser.visible(MAIN))).contains(meetingPath + "#decision-");
		browser.signOut();

		// 5. North Macedonia's focal point finds the action and the meeting
		browser.signIn("mk.focal", PASSWORD);
		browser.click(By.id("nav-meetings"));
		browser.click(By.xpath("//ul[@aria-labelledby='nav-meetings']//a[normalize-space()='My actions']"));
		browser.waitForText(By.cssSelector("h1"), "My actions");
		WebElement row = browser.findAll(By.cssSelector("#my-actions tbody tr"))
			.stream()
			.filter((r) -> textOf(r).contains(ACTION))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action for mk.focal"));
		assertThat(row.getDomAttribute("class")).contains("overdue");
		assertThat(textOf(row)).contains(title).contains("20 May 2021").contains("Overdue");
		browser.screenshot("meetings-04-my-actions");
		browser.open("/calendar?month=2021-05");
		browser.waitForText(By.id("month-heading"), "May 2021");
		WebElement meeting = browser.visible(By.cssSelector("#day-2021-05-05 a[href='" + meetingPath + "']"));
		assertThat(meeting.getDomAttribute("title")).contains(title);
		browser.screenshot("meetings-05-calendar");
		meeting.click();
		browser.waitForText(By.id("meeting-heading"), title);
		browser.click(By.xpath("//tr[contains(., \"" + ACTION + "\")]//button[normalize-space()='Done']"));
		browser.waitForText(MAIN, "The action item is done.");
		browser.screenshot("meetings-06-done");
	}

	/**
	 * Waits for the status badge of a framework version, by its text content (the badge
	 * is shown in capitals).
	 */
	private static void waitForFrameworkStatus(Browser browser, String status) {
		browser.waitUntil("framework status " + status,
				(driver) -> status.equals(textOf(driver.findElement(By.id("framework-status")))) ? Boolean.TRUE : null);
	}

}
