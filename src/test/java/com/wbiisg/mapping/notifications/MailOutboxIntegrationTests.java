package com.wbiisg.mapping.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.TestAccounts;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.identity.internal.OwnPasswordChange;
import com.wbiisg.mapping.shared.InvalidInputException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail through a real SMTP server (GreenMail, in this JVM, on a port of its own): a
 * notice is kept in the outbox with the change that causes it, sent once, kept while the
 * server is down and sent once it is back, failed after its last try and sent again when
 * the Secretariat asks.
 */
@IntegrationTest
// closed after the class, so that its worker, whose mail server is gone then, does not
// take the messages of
// the test classes after it
@DirtiesContext
class MailOutboxIntegrationTests {

	private static final int PORT = freePort();

	private static GreenMail smtp = started();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private OwnPasswordChange passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
		registry.add("iisg.mail.poll-interval", () -> "100ms");
		registry.add("iisg.mail.first-retry", () -> "200ms");
		registry.add("iisg.mail.longest-retry", () -> "400ms");
		registry.add("iisg.mail.max-tries", () -> 3);
		registry.add("iisg.mail.sending-timeout", () -> "1s");
		registry.add("iisg.mail.from", () -> "IISG Mapping Platform <platform@iisg.test>");
		registry.add("iisg.public-url", () -> "https://mapping.iisg.test");
	}

	/**
	 * The messages the test classes before this one kept (their platform has no mail
	 * server) are taken as sent: this one's worker would otherwise send them all first.
	 */
	@BeforeAll
	static void earlierMessagesSent(@Autowired JdbcTemplate jdbc) {
		jdbc.update("update mail_message set state = 'SENT' where state <> 'SENT'");
	}

	@BeforeEach
	void emptyMailbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp = started();
		}
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void serverBackUp() {
		if (!smtp.isRunning()) {
			smtp = started();
		}
	}

	@AfterAll
	static void stopServer() {
		smtp.stop();
	}

	@Test
	void tellsTheOwnerByMailWhenTheyChangeTheirPasswordWithALinkAndAKeptMessageId() throws Exception {
		Account account = TestAccounts.create(this.administration, "mailpw", Role.BOARD);

		this.passwords.change(account.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);

		MimeMessage mail = received(account, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Your password was changed");
		assertThat(mail.getHeader("To")[0]).contains(account.getUsername() + "@test.invalid");
		assertThat(mail.getHeader("From")[0]).isEqualTo("IISG Mapping Platform <platform@iisg.test>");
		assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("Hello Test " + account.getUsername())
			.contains("https://mapping.iisg.test/account")
			.contains("text/plain")
			.contains("text/html");
		waitFor(() -> "SENT".equals(message(account).get("state")));
		Map<String, Object> row = message(account);
		assertThat(row).containsEntry("kind", "ACCOUNT_SECURITY");
		assertThat(mail.getMessageID()).isEqualTo(row.get("message_id"));
		assertThat(mail.getMessageID()).endsWith("@mapping.iisg.test>");
	}

	@Test
	void tellsTheOwnerWhenTheSecretariatSetsTheirPassword() throws Exception {
		Account account = TestAccounts.create(this.administration, "mailreset", Role.OBSERVER);

		TestAccounts.asSecretariat(() -> {
			this.administration.resetPassword(account.getId(), "Velvet-Compass-Harbour-77");
			return null;
		});

		assertThat(received(account, 1).get(0).getSubject())
			.isEqualTo("The Secretariat set a new password for your account");
	}

	@Test
	void tellsTheOwnerWhenATokenIsMadeNamingIt() throws Exception {
		Account account = TestAccounts.create(this.administration, "mailtoken", Role.BOARD);

		MockHttpSession session = TestAccounts.signIn(this.mvc, account);

		this.mvc
			.perform(post("/account/tokens").session(session)
				.with(csrf())
				.param("name", "Nightly export")
				.param("scope", "READ"))
			.andExpect(status().isOk());

		waitFor(() -> to(account).stream()
			.anyMatch((mail) -> subject(mail).equals("A personal access token was made for your account")));
		MimeMessage mail = to(account).stream()
			.filter((sent) -> subject(sent).startsWith("A personal access token"))
			.findFirst()
			.orElseThrow();
		assertThat(GreenMailUtil.getBody(mail)).contains("\"Nightly export\" (READ, valid until");
	}

	@Test
	void keepsNoMessageWhenTheChangeIsRefused() {
		Account account = TestAccounts.create(this.administration, "mailwrong", Role.BOARD);

		assertThatThrownBy(
				() -> this.passwords.change(account.getId(), "not-the-password", "Saffron-Quarry-Nimbus-58", null))
			.isInstanceOf(InvalidInputException.class);

		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where account_id = ?", Long.class,
				account.getId()))
			.isZero();
	}

	@Test
	void keepsTheMessageWhileTheServerIsDownAndSendsItOnceWhenItIsBack() throws Exception {
		Account account = TestAccounts.create(this.administration, "maildown", Role.BOARD);
		smtp.stop();

		this.passwords.change(account.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);

		waitFor(() -> ((Number) message(account).get("tries")).intValue() >= 1
				&& message(account).get("last_error") != null);
		assertThat(message(account)).containsEntry("state", "PENDING");
		smtp = started();
		List<MimeMessage> mails = received(account, 1);
		waitFor(() -> "SENT".equals(message(account).get("state")));
		Thread.sleep(600);
		assertThat(to(account)).hasSize(1);
		assertThat(mails.get(0).getMessageID()).isEqualTo(message(account).get("message_id"));
	}

	@Test
	void failsAMessageAfterItsLastTryAndSendsItAgainWhenTheSecretariatAsks() throws Exception {
		Account account = TestAccounts.create(this.administration, "mailfail", Role.BOARD);
		smtp.stop();
		this.passwords.change(account.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		waitFor(() -> "FAILED".equals(message(account).get("state")));
		long id = ((Number) message(account).get("id")).longValue();

		this.mvc.perform(get("/admin/mail").param("state", "FAILED").with(user("sec").roles("SECRETARIAT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-" + id + "\"")))
			.andExpect(content().string(containsString("Try again")));
		this.mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).with(user("board").roles("BOARD")))
			.andExpect(status().isForbidden());
		assertThat(message(account)).containsEntry("state", "FAILED");

		smtp = started();
		this.mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).with(user("sec").roles("SECRETARIAT")))
			.andExpect(status().is3xxRedirection());

		received(account, 1);
		waitFor(() -> "SENT".equals(message(account).get("state")));
	}

	@Test
	void sendsAgainWithTheSameMessageIdAMessageWhoseAnswerNeverCameButNeverOneThatWasSent() throws Exception {
		Account unanswered = TestAccounts.create(this.administration, "mailcut", Role.BOARD);
		Account sent = TestAccounts.create(this.administration, "mailsent", Role.BOARD);
		smtp.stop();
		this.passwords.change(unanswered.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		this.passwords.change(sent.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		// as a node leaves them when it stops while the server has the one and has
		// accepted the other
		Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		this.jdbc.update("update mail_message set state = 'SENDING', sending_since = ?, tries = 1 where account_id = ?",
				longAgo, unanswered.getId());
		this.jdbc.update("update mail_message set state = 'SENT', sent_at = ? where account_id = ?", longAgo,
				sent.getId());

		smtp = started();

		MimeMessage mail = received(unanswered, 1).get(0);
		assertThat(mail.getMessageID()).isEqualTo(message(unanswered).get("message_id"));
		waitFor(() -> "SENT".equals(message(unanswered).get("state")));
		Thread.sleep(600);
		assertThat(to(unanswered)).hasSize(1);
		assertThat(to(sent)).isEmpty();
	}

	@Test
	void showsEachMemberTheirOwnMessagesOnly() throws Exception {
		Account mine = TestAccounts.create(this.administration, "mailmine", Role.BOARD);
		Account other = TestAccounts.create(this.administration, "mailother", Role.BOARD);
		this.passwords.change(other.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		this.passwords.change(mine.getId(), TestAccounts.PASSWORD, "Velvet-Compass-Harbour-77", null);
		MockHttpSession session = TestAccounts.signIn(this.mvc, mine.getUsername(), "Velvet-Compass-Harbour-77");

		this.mvc.perform(get("/notifications").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password was changed")))
			.andExpect(content().string(containsString("account " + mine.getUsername())))
			.andExpect(content().string(not(containsString(other.getUsername()))));
		this.mvc.perform(get("/admin/mail").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void decidesTheMessageInTheChangesTransactionNotThroughTheEventRegistry() {
		Account account = TestAccounts.create(this.administration, "mailtx", Role.BOARD);

		this.passwords.change(account.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);

		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where account_id = ?", Long.class,
				account.getId()))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where listener_id like '%AccountNotices%'", Long.class))
			.isZero();
	}

	private Map<String, Object> message(Account account) {
		return this.jdbc.queryForMap("select * from mail_message where account_id = ?", account.getId());
	}

	/**
	 * The mails to the account, once there are {@code count} of them; other tests' mails
	 * may arrive in between.
	 */
	private static List<MimeMessage> received(Account account, int count) throws Exception {
		waitFor(() -> to(account).size() >= count);
		return to(account);
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<MimeMessage> to(Account account) throws Exception {
		List<MimeMessage> mails = new java.util.ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (mail.getHeader("To")[0].contains(account.getUsername() + "@")) {
				mails.add(mail);
			}
		}
		return mails;
	}

	private static void waitFor(Check check) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!check.met()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
			Thread.sleep(50);
		}
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean met() throws Exception;

	}

}
