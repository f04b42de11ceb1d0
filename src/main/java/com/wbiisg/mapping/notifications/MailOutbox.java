package com.wbiisg.mapping.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/**
 * The outbox of mails, as the Secretariat and each member read it.
 */
public interface MailOutbox {

	/**
	 * Whether a mail server is set ({@code spring.mail.host}); without one, messages are
	 * kept in the outbox and shown on the pages, never sent.
	 */
	boolean sending();

	/**
	 * The messages, newest first, of one state or of all; the Secretariat's.
	 */
	Page<MailMessageView> messages(@Nullable MailState state, int page, int size);

	/**
	 * How many messages are in each state; the Secretariat's.
	 */
	List<StateCount> counts();

	/**
	 * Sends a failed message again, with the same Message-ID; the Secretariat's.
	 */
	void retry(long messageId);

	/**
	 * The messages addressed to the account, newest first, of the last
	 * {@value #KEPT_DAYS} days.
	 */
	List<MailMessageView> addressedTo(long accountId);

	/**
	 * How long a member sees the messages addressed to them.
	 */
	int KEPT_DAYS = 90;

	/**
	 * How many messages are in a state.
	 */
	record StateCount(MailState state, long count) {

	}

}
