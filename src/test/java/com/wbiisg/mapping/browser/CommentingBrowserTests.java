package com.wbiisg.mapping.browser;

import java.io.IOException;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commenting in a real browser: a partner focal point opens a measure from the tree,
 * comments and replies through the htmx forms without leaving the page, and the
 * Secretariat marks the comment resolved. Screenshots of each step are saved under
 * {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + CommentingBrowserTests.PASSWORD,
				"spring.datasource.url=jdbc:h2:mem:iisg-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class CommentingBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	private static final String COMMENT = "Does this measure cover prison officers as well?";

	private static final String REPLY = "It should; the Serbian arrangement names them.";

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Autowired
	Frameworks frameworks;

	@Test
	void partnerCommentsAndRepliesOnAMeasureAndTheSecretariatResolvesIt() throws IOException {
		String tree = "/frameworks/" + seededWbcti();
		String item = tree + "/items/PRE.2.1";
		this.session.browser().open(tree);
		signIn("at.focal");
		this.session.browser().click(By.cssSelector("li[id='item-PRE.2.1'] a.tree-comments"));
		this.session.browser()
			.waitUntil("the page of PRE.2.1", (driver) -> item.equals(this.session.browser().currentPath()));
		assertThat(textOf(this.session.browser().visible(By.id("item-heading")))).contains("PRE.2.1")
			.contains("Training");

		this.session.browser().type(By.id("comment-text"), COMMENT);
		this.session.browser().click(By.cssSelector("#new-comment button[type='submit']"));
		this.session.browser()
			.waitUntil("the comment in the thread",
					ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), COMMENT));
		// htmx swapped the thread in place: no redirect to the thread's anchor.
		assertThat(this.session.browser().currentUrl()).doesNotContain("#comments");
		String comment = "#" + this.session.browser().visible(commentWithText(COMMENT)).getDomAttribute("id");

		this.session.browser().click(By.cssSelector(comment + " > details > summary"));
		this.session.browser().type(By.cssSelector(comment + " > details textarea"), REPLY);
		this.session.browser().click(By.cssSelector(comment + " > details button[type='submit']"));
		this.session.browser()
			.waitUntil("the reply under the comment", ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector(comment + " .comment-replies"), REPLY));
		this.session.browser().screenshot("comments-01-partner");

		this.session.browser().click(By.xpath("//header//button[normalize-space()='Sign out']"));
		this.session.browser().waitUntil("signed out", ExpectedConditions.urlContains("signedOut"));
		this.session.browser().open(item);
		signIn("secretariat");
		this.session.browser().click(By.cssSelector(comment + " > .comment-tools button"));
		this.session.browser()
			.waitUntil("the resolved badge", ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector(comment + " .comment-resolved-badge")));
		assertThat(textOf(this.session.browser().visible(By.cssSelector(comment + " > .comment-tools button"))))
			.isEqualTo("Reopen");
		this.session.browser().screenshot("comments-02-resolved");
	}

	private long seededWbcti() {
		return this.frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.cycle().equals("2021\u20132022") && version.version() == 1)
			.map(FrameworkSummary::id)
			.findFirst()
			.orElseThrow();
	}

	private static By commentWithText(String text) {
		return By.xpath("//li[contains(@class,'comment')][p[contains(@class,'comment-text')][normalize-space()='" + text
				+ "']]");
	}

	private void signIn(String username) {
		this.session.browser().type(By.id("username"), username);
		this.session.browser().type(By.id("password"), PASSWORD);
		this.session.browser().click(By.cssSelector("form[action$='/login'] button[type='submit']"));
		this.session.browser()
			.waitUntil("signed in as " + username,
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header"), username));
	}

}
