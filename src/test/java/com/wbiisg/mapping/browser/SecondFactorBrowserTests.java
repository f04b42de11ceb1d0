package com.wbiisg.mapping.browser;

import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.identity.internal.Base32;
import com.wbiisg.mapping.identity.internal.TotpCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor in a real browser, on the demo data with the demo accounts' exemption
 * off ({@code iisg.security.mfa.demo-exempt=false}): the Board's demo account is sent to
 * enrol an authenticator app after its password, reads the key shown on the page (its
 * code computed here, as an app would), keeps the recovery codes, signs out, signs in
 * again with password and code, then with a recovery code, which a second time is
 * refused; the Secretariat resets its factors, and the Board enrols anew. Screenshots
 * under {@code target/browser-screenshots} as {@code factors-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iisg.demo.password=" + SecondFactorBrowserTests.PASSWORD, "iisg.security.mfa.demo-exempt=false",
				"spring.datasource.url=jdbc:h2:mem:iisg-factors-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles({ "test", "demo" })
class SecondFactorBrowserTests {

	static final String PASSWORD = "Browser-Test-Pass-1";

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Value("${local.server.port}")
	int port;

	@Test
	void theBoardEnrolsAnAuthenticatorAppThenSignsInWithItsCodeAndWithARecoveryCodeOnce() throws Exception {
		Browser browser = this.session.browser();

		// 1. After the password, the account without a factor is sent to enrol one
		browser.open("/");
		browser.signIn("board", PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/account/factors");
		browser.visible(By.id("must-enrol"));
		browser.visible(By.id("qr-code"));
		browser.screenshot("factors-01-enrol");

		// 2. It types the app's code for the key shown, and keeps the recovery codes
		byte[] key = Base32.decode(Browser.textOf(browser.visible(By.id("totp-secret"))));
		browser.type(By.id("code"), TotpCodes.code(key, TotpCodes.step(Instant.now())));
		browser.click(By.cssSelector("#enrol-form button[type='submit']"));
		browser.visible(By.id("recovery-codes"));
		List<String> codes = browser.findAll(By.cssSelector("#recovery-codes li"))
			.stream()
			.map(Browser::textOf)
			.map(String::trim)
			.toList();
		assertThat(codes).hasSize(10);
		browser.screenshot("factors-02-recovery-codes");
		browser.click(By.id("continue"));
		browser.waitForText(By.cssSelector("h1"), "Dashboard");

		// 3. Signed out and in again, the password leads to the step, and the next code
		// (the one of enrolment is spent) opens the platform
		browser.signOut();
		browser.signIn("board", PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/login/factor");
		browser.screenshot("factors-03-step");
		browser.type(By.id("code"), TotpCodes.code(key, TotpCodes.step(Instant.now()) + 1));
		browser.click(By.cssSelector("#totp-form button[type='submit']"));
		browser.waitForText(By.cssSelector("h1"), "Dashboard");

		// 4. A recovery code signs in once
		browser.signOut();
		browser.signIn("board", PASSWORD);
		useRecoveryCode(browser, codes.get(0));
		browser.waitForText(By.cssSelector("h1"), "Dashboard");
		browser.signOut();
		browser.signIn("board", PASSWORD);
		useRecoveryCode(browser, codes.get(0));
		browser.visible(By.id("step-wrong"));
		assertThat(browser.currentPath()).isEqualTo("/login/factor");
		browser.screenshot("factors-04-recovery-code-spent");

		// 5. The Secretariat, enrolled in turn, resets the Board's factors: the Board
		// enrols anew at its next sign-in
		browser.click(By.cssSelector("form[action$='/logout'] button"));
		browser.visible(By.id("username"));
		browser.signIn("secretariat", PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/account/factors");
		byte[] secretariatKey = Base32.decode(Browser.textOf(browser.visible(By.id("totp-secret"))));
		browser.type(By.id("code"), TotpCodes.code(secretariatKey, TotpCodes.step(Instant.now())));
		browser.click(By.cssSelector("#enrol-form button[type='submit']"));
		browser.visible(By.id("recovery-codes"));
		browser.open("/admin/users");
		browser.click(By.cssSelector("a[aria-label='Edit the account board']"));
		browser.click(By.cssSelector("#factors-reset-form button[type='submit']"));
		browser.acceptConfirmation();
		browser.waitForText(By.cssSelector("main"), "The second factors were reset");
		browser.screenshot("factors-05-reset");
		browser.signOut();
		browser.signIn("board", PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/account/factors");
		browser.visible(By.id("must-enrol"));
	}

	private static void useRecoveryCode(Browser browser, String code) {
		browser.click(By.cssSelector("details summary"));
		browser.type(By.id("recoveryCode"), code);
		browser.click(By.cssSelector("#recovery-form button[type='submit']"));
	}

}
