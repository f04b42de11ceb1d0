package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.SecondFactorsReset;
import com.wbiisg.mapping.identity.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * My account → Passkeys on H2 and PostgreSQL: a user sees and removes their own passkeys
 * only, adding or removing one asks for a recent sign-in and signs the other sessions
 * out, every change and every refusal is audited, Spring's own removal is closed, a
 * passkey never signs in before the password, and a reset of the user's second factors
 * removes their passkeys.
 */
@IntegrationTest
class PasskeyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	PublicKeyCredentialUserEntityRepository users;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	AuditEntries audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listsTheUsersOwnPasskeysAndTheFactorsOfTheSession() throws Exception {
		Account owner = account("pkowner");
		Account other = account("pkother");
		Passkeys.store(this.users, this.credentials, owner.getUsername(), "Owner's laptop");
		Passkeys.store(this.users, this.credentials, other.getUsername(), "Other's key");

		this.mvc.perform(get("/account/passkeys").session(signIn(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Owner&#39;s laptop")))
			.andExpect(content().string(not(containsString("Other&#39;s key"))))
			.andExpect(content().string(containsString("id=\"factor-PASSWORD\"")))
			.andExpect(content().string(not(containsString("id=\"factor-WEBAUTHN\""))))
			.andExpect(content().string(containsString("href=\"/login/passkey\"")));
	}

	@Test
	void answersTheRegistrationOptionsOfTheRelyingPartyToARecentSignIn() throws Exception {
		Account owner = account("pkoptions");

		this.mvc.perform(post("/webauthn/register/options").session(signIn(owner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rp.name").value("IISG Mapping Platform"))
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.user.name").value(owner.getUsername()));
	}

	@Test
	void asksForThePasswordBeforeAddingAPasskeyAfterTenMinutes() throws Exception {
		MockHttpSession session = signIn(account("pklate"));
		signedInAgo(session, Duration.ofMinutes(11));

		this.mvc.perform(get("/account/passkeys/new").session(session))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount%2Fpasskeys%2Fnew"));
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.confirm").value("/account/confirm?next=/account/passkeys/new"));
		this.mvc
			.perform(post("/webauthn/register").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheAddPageToARecentSignIn() throws Exception {
		this.mvc.perform(get("/account/passkeys/new").session(signIn(account("pkadd"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"passkey-add-form\"")))
			.andExpect(content().string(containsString("src=\"/js/passkeys.js\"")));
	}

	@Test
	void refusesToRemoveThePasskeyOfAnotherUserAndAuditsIt() throws Exception {
		Account owner = account("pkthief");
		Account other = account("pkvictim");
		CredentialRecord theirs = Passkeys.store(this.users, this.credentials, other.getUsername(), "Victim's key");

		this.mvc
			.perform(post("/account/passkeys/{id}/remove", theirs.getCredentialId().toBase64UrlString())
				.session(signIn(owner))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.credentials.findByCredentialId(theirs.getCredentialId())).isNotNull();
		assertThat(actions(owner)).contains("REMOVE_PASSKEY_REFUSED");
	}

	@Test
	void removesOwnPasskeyAuditsItAndSignsTheOtherSessionsOut() throws Exception {
		Account owner = account("pkremove");
		CredentialRecord mine = Passkeys.store(this.users, this.credentials, owner.getUsername(), "Old phone");
		MockHttpSession here = signIn(owner);
		MockHttpSession elsewhere = signIn(owner);

		this.mvc
			.perform(post("/account/passkeys/{id}/remove", mine.getCredentialId().toBase64UrlString()).session(here)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/passkeys"));

		assertThat(this.credentials.findByCredentialId(mine.getCredentialId())).isNull();
		assertThat(actions(owner)).contains("REMOVE_PASSKEY");
		assertThat(this.jdbc.queryForList("select subject from mail_message where account_id = ? order by id",
				String.class, owner.getId()))
			.as("the owner is told of each change by mail")
			.containsSubsequence("A passkey was added to your account", "A passkey was removed from your account");
		this.mvc.perform(get("/account").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void asksForThePasswordBeforeRemovingAPasskeyAfterTenMinutes() throws Exception {
		Account owner = account("pkremovelate");
		CredentialRecord mine = Passkeys.store(this.users, this.credentials, owner.getUsername(), "Tablet");
		MockHttpSession session = signIn(owner);
		signedInAgo(session, Duration.ofMinutes(11));

		this.mvc
			.perform(post("/account/passkeys/{id}/remove", mine.getCredentialId().toBase64UrlString()).session(session)
				.header("Referer", "http://localhost/account/passkeys")
				.with(csrf()))
			.andExpect(redirectedUrl("/account/confirm?next=%2Faccount%2Fpasskeys"));
		assertThat(this.credentials.findByCredentialId(mine.getCredentialId())).isNotNull();
	}

	@Test
	void closesSpringSecuritysOwnRemovalOfAPasskey() throws Exception {
		Account owner = account("pkdelete");
		CredentialRecord mine = Passkeys.store(this.users, this.credentials, owner.getUsername(), "Key");

		this.mvc
			.perform(
					delete("/webauthn/register/{id}", mine.getCredentialId().toBase64UrlString()).session(signIn(owner))
						.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.credentials.findByCredentialId(mine.getCredentialId())).isNotNull();
	}

	@Test
	void offersThePasskeyStepAfterThePasswordToAUserWithAPasskey() throws Exception {
		Account without = account("pkstepless");
		Account with = account("pkstep");
		Passkeys.store(this.users, this.credentials, with.getUsername(), "Phone");

		this.mvc.perform(get("/login/passkey").session(signIn(with)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"passkey-sign-in\"")))
			.andExpect(content().string(containsString("data-sign-in-url=\"/login/webauthn\"")));
		this.mvc.perform(get("/login/passkey").session(signIn(without)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"passkey-sign-in\""))))
			.andExpect(content().string(containsString("href=\"/account/passkeys/new\"")));
	}

	@Test
	void refusesAPasskeySignInBeforeThePassword() throws Exception {
		this.mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"AAAA","rawId":"AAAA","response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA",
				"signature":"AAAA"},"credType":"public-key","clientExtensionResults":{}}"""))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login/passkey")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void removesEveryPasskeyOfAUserWhoseSecondFactorsWereReset() throws Exception {
		Account owner = account("pkreset");
		Account other = account("pkkept");
		Passkeys.store(this.users, this.credentials, owner.getUsername(), "Phone");
		Passkeys.store(this.users, this.credentials, owner.getUsername(), "Key");
		CredentialRecord kept = Passkeys.store(this.users, this.credentials, other.getUsername(), "Other's");

		new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.events.publishEvent(new SecondFactorsReset(owner.getId(), owner.getUsername())));

		await().atMost(Duration.ofSeconds(20)).until(() -> this.users.findByUsername(owner.getUsername()) == null);
		assertThat(this.credentials.findByCredentialId(kept.getCredentialId())).isNotNull();
	}

	/**
	 * A Board account, which must give a second factor: signed in once, it enrolled an
	 * authenticator app and kept its recovery codes, and gives one of them at each later
	 * sign-in ({@link TestAccounts#signIn(MockMvc, Account)}).
	 */
	private Account account(String prefix) throws Exception {
		Account account = TestAccounts.create(this.administration, prefix, Role.BOARD);
		TestAccounts.signIn(this.mvc, account);
		return account;
	}

	private MockHttpSession signIn(Account account) throws Exception {
		return TestAccounts.signIn(this.mvc, account);
	}

	private static void signedInAgo(MockHttpSession session, Duration ago) {
		session.setAttribute(SignedInSessions.SIGNED_IN_AT, Instant.now().minus(ago));
	}

	private List<String> actions(Account account) {
		return TestAccounts.asSecretariat(
				() -> this.audit.search(new AuditFilter(account.getUsername(), null, null, null, null), 0, 50)
					.map(AuditEntry::getAction)
					.getContent());
	}

}
