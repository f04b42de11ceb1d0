package com.wbiisg.mapping.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.wbiisg.mapping.Application;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.TestAccounts;
import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.identity.internal.OwnPasswordChange;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages kept while no mail server was set go out once the platform is started again
 * with one, each once, and a further restart sends none of them again: the platform here
 * is started anew on the same database, as an operator restarts it.
 */
@IntegrationTest
class MailAfterRestartIntegrationTests {

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private OwnPasswordChange passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void sendsTheKeptMessagesOnceAfterARestartWithAMailServerAndNeverAgain() throws Exception {
		Account first = TestAccounts.create(this.administration, "restart", Role.BOARD);
		Account second = TestAccounts.create(this.administration, "restart", Role.OBSERVER);
		this.passwords.change(first.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		this.passwords.change(second.getId(), TestAccounts.PASSWORD, "Saffron-Quarry-Nimbus-58", null);
		// the messages of the test classes before this one are taken as sent: the
		// restarted
		// platform would otherwise send them all first
		this.jdbc.update("update mail_message set state = 'SENT' where state <> 'SENT' and account_id not in (?, ?)",
				first.getId(), second.getId());
		int port = freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			try (ConfigurableApplicationContext restarted = start(port)) {
				waitFor(() -> to(smtp, first) == 1 && to(smtp, second) == 1);
				waitFor(() -> state(first).equals("SENT") && state(second).equals("SENT"));
			}
			try (ConfigurableApplicationContext again = start(port)) {
				Thread.sleep(1500);
			}
			assertThat(to(smtp, first)).isOne();
			assertThat(to(smtp, second)).isOne();
		}
		finally {
			smtp.stop();
		}
	}

	private static ConfigurableApplicationContext start(int port) {
		return new SpringApplicationBuilder(Application.class).profiles("test")
			.properties("server.port=0", "spring.mail.host=127.0.0.1", "spring.mail.port=" + port,
					"iisg.mail.poll-interval=100ms", "spring.jmx.enabled=false")
			.run();
	}

	private String state(Account account) {
		return this.jdbc.queryForObject("select state from mail_message where account_id = ?", String.class,
				account.getId());
	}

	private static long to(GreenMail smtp, Account account) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getHeader("To")[0].contains(account.getUsername() + "@");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	private static void waitFor(java.util.function.BooleanSupplier check) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!check.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(until);
			Thread.sleep(50);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
