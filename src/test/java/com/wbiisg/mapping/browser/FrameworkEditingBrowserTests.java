package com.wbiisg.mapping.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework editor in a real browser: the Secretariat signs in, starts a draft from
 * the adopted WBCTi version, adds a measure through the inline (htmx) form, filters the
 * tree and records the adoption, after which nobody sees edit controls any more.
 * Screenshots of each step are saved under {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + FrameworkEditingBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class FrameworkEditingBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String MEASURE = "Community policing and trust-building";

	private static final String DECISION = "WBCTi Regional Pillar Support Group, Prishtina";

	private static final By STATUS = By.id("framework-status");

	private static final By ADD_PILLAR = By.id("add-pillar");

	private static final By ADOPTION_FORM = By.id("adoption-form");

	private static final By ADD_BELOW_BUTTONS = By.xpath("//a[normalize-space()='+ Add below']");

	private static final By DELETE_BUTTONS = By.xpath("//button[normalize-space()='Delete']");

	private static final By NEW_MEASURE = By.cssSelector("li[id='item-PRE.2.4']");

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void secretariatDraftsAMeasureAndAdoptsTheVersionAfterWhichEditingIsGone() throws IOException {
		this.session.browser().open("/frameworks");
		this.session.browser().visible(By.id("username"));
		assertThat(this.session.browser().currentPath()).startsWith("/login");
		this.session.browser().screenshot("01-sign-in");
		signIn("secretariat");
		this.session.browser().visible(By.id("cycle"));
		assertThat(this.session.browser().currentPath()).isEqualTo("/frameworks");

		String frameworkPath = startDraftFromTheAdoptedWbcti();
		assertThat(this.session.browser().findAll(ADD_PILLAR)).isNotEmpty();
		assertThat(this.session.browser().findAll(ADD_BELOW_BUTTONS)).isNotEmpty();
		assertThat(this.session.browser().findAll(DELETE_BUTTONS)).isNotEmpty();
		this.session.browser().screenshot("02-draft");

		addMeasureBelowPre2(frameworkPath);
		this.session.browser().screenshot("03-measure-added");
		filterTheTreeFor("trust-building");
		this.session.browser().screenshot("03-tree-filtered");

		recordTheAdoption("2021-03-04", DECISION);
		assertThat(textOf(this.session.browser().visible(By.id("adoption-record")))).contains("2021-03-04")
			.contains(DECISION);
		assertNoEditControls();
		assertThat(textOf(this.session.browser().visible(NEW_MEASURE))).contains(MEASURE);
		this.session.browser().screenshot("04-adopted");

		this.session.browser().click(By.xpath("//header//button[normalize-space()='Sign out']"));
		this.session.browser().waitUntil("signed out", ExpectedConditions.urlContains("signedOut"));
		this.session.browser().open(frameworkPath);
		signIn("mk.focal");
		waitForStatus("Adopted");
		assertThat(this.session.browser().currentPath()).isEqualTo(frameworkPath);
		assertNoEditControls();
		assertThat(textOf(this.session.browser().visible(NEW_MEASURE))).contains(MEASURE);
		this.session.browser().screenshot("05-focal-point");
	}

	private void signIn(String username) {
		this.session.browser().type(By.id("username"), username);
		this.session.browser().type(By.id("password"), PASSWORD);
		this.session.browser().click(By.cssSelector("form[action$='/login'] button[type='submit']"));
		this.session.browser()
			.waitUntil("signed in as " + username,
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header"), username));
	}

	/**
	 * Fills the "New draft version" form and returns the path of the new draft's tree
	 * page.
	 */
	private String startDraftFromTheAdoptedWbcti() {
		new Select(this.session.browser().visible(By.id("initiative"))).selectByValue("WBCTi");
		this.session.browser().type(By.id("cycle"), "2021-2022");
		Select copyOf = new Select(this.session.browser().visible(By.id("copyOf")));
		WebElement adopted = copyOf.getOptions()
			.stream()
			.filter((option) -> textOf(option).contains("WBCTi 2021\u20132022 v1"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No option for the adopted WBCTi 2021\u20132022 v1"));
		copyOf.selectByValue(adopted.getDomProperty("value"));
		this.session.browser().click(By.cssSelector("form[action$='/frameworks'] button[type='submit']"));
		waitForStatus("Draft");
		String path = this.session.browser().currentPath();
		assertThat(path).matches("/frameworks/\\d+");
		return path;
	}

	private void addMeasureBelowPre2(String frameworkPath) throws IOException {
		this.session.browser().click(By.cssSelector("li[id='item-PRE.2'] a[aria-label='Add an item below PRE.2']"));
		By title = By.cssSelector("#slot-PRE_2 #title");
		this.session.browser().visible(title);
		assertThat(textOf(this.session.browser().visible(By.cssSelector("#slot-PRE_2 h2"))))
			.isEqualTo("New item below PRE.2");
		this.session.browser().type(title, MEASURE);
		this.session.browser().screenshot("03-item-form");
		this.session.browser().click(By.cssSelector("#slot-PRE_2 form button[type='submit']"));
		this.session.browser()
			.waitUntil("the new measure PRE.2.4 in the tree",
					ExpectedConditions.textToBePresentInElementLocated(NEW_MEASURE, MEASURE));
		WebElement measure = this.session.browser().visible(NEW_MEASURE);
		assertThat(textOf(measure.findElement(By.className("tree-level")))).isEqualTo("Measure");
		assertThat(this.session.browser().currentUrl()).endsWith(frameworkPath + "#item-PRE.2.4");
	}

	private void filterTheTreeFor(String words) {
		this.session.browser().type(By.id("tree-filter"), words);
		this.session.browser()
			.waitUntil("ANT.1 filtered out", ExpectedConditions.attributeContains(By.cssSelector("li[id='item-ANT.1']"),
					"class", "filtered-out"));
		assertThat(this.session.browser().visible(NEW_MEASURE).isDisplayed()).isTrue();
		assertThat(this.session.browser().visible(By.cssSelector("li[id='item-PRE.2']")).isDisplayed()).isTrue();
		assertThat(this.session.browser().findAll(By.cssSelector("li[id='item-PRE.2.1']")).get(0).isDisplayed())
			.isFalse();
	}

	private void recordTheAdoption(String decidedOn, String decision) {
		this.session.browser().setValue(By.id("decidedOn"), decidedOn);
		this.session.browser().type(By.id("decision"), decision);
		this.session.browser().click(By.cssSelector("#adoption-form button[type='submit']"));
		waitForStatus("Adopted");
	}

	private void waitForStatus(String status) {
		this.session.browser()
			.waitUntil("status " + status,
					(driver) -> status.equals(textOf(driver.findElement(STATUS))) ? Boolean.TRUE : null);
	}

	private void assertNoEditControls() {
		assertThat(this.session.browser().findAll(ADD_PILLAR)).isEmpty();
		assertThat(this.session.browser().findAll(ADOPTION_FORM)).isEmpty();
		assertThat(this.session.browser().findAll(By.cssSelector("#framework-tree .tree-tools"))).isEmpty();
		assertThat(this.session.browser().findAll(ADD_BELOW_BUTTONS)).isEmpty();
		assertThat(this.session.browser().findAll(DELETE_BUTTONS)).isEmpty();
	}

}
