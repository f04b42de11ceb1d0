package com.wbiisg.mapping.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.wbiisg.mapping.notifications.MailMessageView;
import com.wbiisg.mapping.notifications.MailOutbox;
import com.wbiisg.mapping.notifications.MailState;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: keeps each message once, in the transaction of the change that causes it,
 * and shows them to the Secretariat and to their recipients.
 */
@Service
@Transactional
class Outbox implements MailOutbox {

	static final RecordType MESSAGE = RecordType.of("MailMessage", "notifications.record.message");

	private final MailMessageRepository messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailWriting writing;

	private final Clock clock;

	Outbox(MailMessageRepository messages, ObjectProvider<JavaMailSender> sender, MailWriting writing, Clock clock) {
		this.messages = messages;
		this.sender = sender;
		this.writing = writing;
		this.clock = clock;
	}

	/**
	 * Keeps the message in the outbox unless a message of its key is there already; joins
	 * the transaction of the change that causes it, so that both are kept or neither.
	 */
	void keep(MailDraft draft) {
		if (!this.messages.existsByMessageKey(draft.key())) {
			String messageId = "<" + UUID.randomUUID() + "@" + this.writing.host() + ">";
			this.messages.save(new MailMessage(draft, messageId, this.clock.instant()));
		}
	}

	@Override
	public boolean sending() {
		return this.sender.getIfAvailable() != null;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SECRETARIAT')")
	public Page<MailMessageView> messages(@Nullable MailState state, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		Page<MailMessage> found = (state == null) ? this.messages.findAllByOrderByIdDesc(request)
				: this.messages.findByStateOrderByIdDesc(state, request);
		return found.map(MailMessage::toView);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SECRETARIAT')")
	public List<StateCount> counts() {
		return this.messages.countByState()
			.stream()
			.map((row) -> new StateCount((MailState) row[0], ((Number) row[1]).longValue()))
			.toList();
	}

	@Override
	@PreAuthorize("hasRole('SECRETARIAT')")
	public void retry(long messageId) {
		MailMessage message = this.messages.findById(messageId)
			.orElseThrow(() -> new RecordNotFoundException(MESSAGE, messageId));
		if (message.getState() == MailState.FAILED) {
			message.retry(this.clock.instant());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<MailMessageView> addressedTo(long accountId) {
		return this.messages
			.findByAccountIdAndCreatedAtAfterOrderByCreatedAtDescIdDesc(accountId,
					this.clock.instant().minus(Duration.ofDays(KEPT_DAYS)))
			.stream()
			.map(MailMessage::toView)
			.toList();
	}

}
