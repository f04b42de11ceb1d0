package com.wbiisg.mapping.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.TestAccounts;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.wbiisg.mapping.browser.Browser.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real Chromium with a virtual authenticator (CTAP2, built into the device,
 * resident keys, user verification): a user signs in with the password, adds a passkey on
 * My account, signs out, signs in with the password and then the passkey, and finds both
 * factors on the session; another user, signed in with the password, cannot use that
 * passkey to complete their sign-in. The platform runs on a port chosen before it starts,
 * because a passkey is bound to the origin the browser sees
 * ({@code iisg.security.webauthn.allowed-origins}). Screenshots under
 * {@code target/browser-screenshots} as {@code passkey-NN-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:iisg-passkey-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles("test")
class PasskeyBrowserTests {

	private static final String PASSWORD = TestAccounts.PASSWORD;

	private static final int PORT = freePort();

	/**
	 * Asks the browser for any passkey it holds, leaving out the list of the user's own
	 * that the server offers, as a tampered page could, and sends it to the sign-in.
	 */
	private static final String FOREIGN_PASSKEY = """
			const done = arguments[arguments.length - 1];
			const decode = (t) => Uint8Array.from(atob(t.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
			const encode = (b) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
			const headers = { 'Content-Type': 'application/json' };
			headers[document.querySelector('meta[name="_csrf_header"]').content] = document.querySelector('meta[name="_csrf"]').content;
			(async () => {
				const options = await (await fetch('/webauthn/authenticate/options', { method: 'POST', headers })).json();
				const cred = await navigator.credentials.get({ publicKey: { ...options, challenge: decode(options.challenge), allowCredentials: [] } });
				const r = cred.response;
				const answer = await fetch('/login/webauthn', { method: 'POST', headers, body: JSON.stringify({
					id: cred.id, rawId: encode(cred.rawId), credType: cred.type, clientExtensionResults: {},
					response: { authenticatorData: encode(r.authenticatorData), clientDataJSON: encode(r.clientDataJSON),
						signature: encode(r.signature), userHandle: r.userHandle ? encode(r.userHandle) : undefined } }) });
				done(answer.status);
			})().catch((e) => done('error: ' + e));""";

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Autowired
	AccountAdministration administration;

	@Autowired
	AuditEntries audit;

	@DynamicPropertySource
	static void origin(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("iisg.security.webauthn.allowed-origins", () -> "http://localhost:" + PORT);
	}

	@Test
	void aUserAddsAPasskeyAndSignsInWithItAfterThePasswordWhichNoOtherAccountCan() throws Exception {
		String owner = account("pkbrowser");
		String other = account("pkstranger");
		Browser browser = this.session.browser();
		VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));

		// 1. A Board member must enrol a second factor: signed in with the password
		// alone, she
		// is sent to enrol one, and chooses a passkey
		browser.signIn(owner, PASSWORD);
		browser.open("/account");
		browser.waitUntil("sent to enrol a factor", ExpectedConditions.urlContains("/account/factors"));
		browser.click(By.id("passkeys-link"));
		browser.visible(By.id("no-passkeys"));
		assertThat(textOf(browser.visible(By.id("session-factors")))).contains("Password").doesNotContain("Passkey");
		browser.click(By.id("add-passkey"));
		browser.type(By.id("passkey-label"), "Work laptop");
		browser.screenshot("passkey-01-add");
		browser.click(By.id("passkey-create"));
		// with a factor enrolled, the password alone no longer suffices: the new passkey
		// completes the sign-in, and the page asked for comes back
		browser.waitUntil("asked for the second factor", ExpectedConditions.urlContains("/login/factor"));
		browser.screenshot("passkey-01b-factor-step");
		browser.click(By.id("passkey-sign-in"));
		browser.visible(By.id("passkey-added"));
		assertThat(textOf(browser.visible(By.cssSelector("#passkeys tbody th")))).isEqualTo("Work laptop");
		assertThat(authenticator.getCredentials()).hasSize(1);
		assertThat(actions(owner)).contains("ADD_PASSKEY");
		browser.screenshot("passkey-02-added");

		// 2. Signed out and in again with the password, then with the passkey
		browser.signOut();
		browser.signIn(owner, PASSWORD);
		browser.open("/login/passkey");
		String passwordSession = browser.cookie("JSESSIONID");
		browser.screenshot("passkey-03-second-step");
		browser.click(By.id("passkey-sign-in"));
		browser.waitUntil("back at the start page", ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.cookie("JSESSIONID")).as("a new session id at the passkey's sign-in")
			.isNotEqualTo(passwordSession);

		// 3. The session carries both factors, and the passkey was used just now
		browser.open("/account/passkeys");
		browser.visible(By.id("factor-WEBAUTHN"));
		browser.visible(By.id("factor-PASSWORD"));
		assertThat(browser.findAll(By.id("use-passkey"))).isEmpty();
		assertThat(actions(owner)).contains("PASSKEY_SIGN_IN");
		browser.screenshot("passkey-04-both-factors");

		// 4. Another user, signed in with the password, is refused that passkey
		browser.signOut();
		browser.signIn(other, PASSWORD);
		browser.open("/account/passkeys");
		Object status = browser.runAsync(FOREIGN_PASSKEY);
		assertThat(status).isEqualTo(401L);
		browser.open("/account/passkeys");
		browser.waitForText(By.cssSelector("header"), other);
		assertThat(textOf(browser.visible(By.id("session-factors")))).contains("Password").doesNotContain("Passkey");
		assertThat(actions(other)).contains("PASSKEY_OF_OTHER_ACCOUNT");
	}

	private String account(String prefix) {
		return TestAccounts.create(this.administration, prefix, Role.BOARD).getUsername();
	}

	private List<String> actions(String username) {
		return TestAccounts
			.asSecretariat(() -> this.audit.search(new AuditFilter(username, null, null, null, null), 0, 50)
				.map(AuditEntry::getAction)
				.getContent());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the platform", ex);
		}
	}

}
