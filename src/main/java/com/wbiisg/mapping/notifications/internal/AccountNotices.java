package com.wbiisg.mapping.notifications.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.identity.AccountSecurityChanged;
import com.wbiisg.mapping.identity.MailAddresses;
import com.wbiisg.mapping.identity.MailRecipient;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the owner of an account by mail when its password, tokens or second factors
 * change: always, whatever their preferences, because a change they did not make is how
 * they learn that someone else has their account. The message is kept in the outbox
 * before the change commits, so that both are kept or neither; a change made outside a
 * transaction (a passkey stored by Spring Security's registration) keeps it at once.
 */
@Component
class AccountNotices {

	static final String KIND = "ACCOUNT_SECURITY";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH);

	private final MailAddresses addresses;

	private final MailWriting writing;

	private final Outbox outbox;

	AccountNotices(MailAddresses addresses, MailWriting writing, Outbox outbox) {
		this.addresses = addresses;
		this.writing = writing;
		this.outbox = outbox;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AccountSecurityChanged event) {
		MailRecipient to = this.addresses.of(event.accountId()).orElse(null);
		if (to == null) {
			return;
		}
		String key = "notifications.account." + event.change().name();
		String when = WHEN.format(event.at().atOffset(ZoneOffset.UTC));
		List<UserText> paragraphs = new ArrayList<>();
		List<Object> arguments = new ArrayList<>(List.of(to.username(), when));
		arguments.addAll(event.details());
		paragraphs.add(UserText.of(key + ".text", arguments.toArray()));
		paragraphs.add(UserText.of("notifications.account.notYou"));
		this.outbox.keep(this.writing.write("account:" + event.id(), KIND, to, UserText.of(key + ".subject"),
				paragraphs, "/account", UserText.of("notifications.account.why")));
	}

}
