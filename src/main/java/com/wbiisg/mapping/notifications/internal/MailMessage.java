package com.wbiisg.mapping.notifications.internal;

import java.time.Duration;
import java.time.Instant;

import com.wbiisg.mapping.notifications.MailMessageView;
import com.wbiisg.mapping.notifications.MailState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox: what it says, to whom, and where it is on its way. Its key makes
 * a second write of the same message a no-op; its {@code Message-ID} is the same on every
 * try.
 */
@Entity
@Table(name = "mail_message")
class MailMessage {

	static final int ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_key", nullable = false, updatable = false)
	private String messageKey;

	@Column(name = "message_id", nullable = false, updatable = false)
	private String messageId;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "recipient_address", nullable = false, updatable = false)
	private String recipientAddress;

	@Column(name = "recipient_name", nullable = false, updatable = false)
	private String recipientName;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(name = "text_body", nullable = false, updatable = false)
	private String textBody;

	@Column(name = "html_body", nullable = false, updatable = false)
	private String htmlBody;

	@Column(nullable = false, updatable = false)
	private String link;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailState state;

	@Column(nullable = false)
	private int tries;

	@Column(name = "next_try_at", nullable = false)
	private Instant nextTryAt;

	@Column(name = "sending_since")
	private @Nullable Instant sendingSince;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	protected MailMessage() {
	}

	MailMessage(MailDraft draft, String messageId, Instant now) {
		this.messageKey = draft.key();
		this.messageId = messageId;
		this.kind = draft.kind();
		this.accountId = draft.accountId();
		this.recipientAddress = draft.recipientAddress();
		this.recipientName = draft.recipientName();
		this.subject = draft.subject();
		this.textBody = draft.textBody();
		this.htmlBody = draft.htmlBody();
		this.link = draft.link();
		this.state = MailState.PENDING;
		this.nextTryAt = now;
		this.createdAt = now;
	}

	/**
	 * The try failed: the message waits {@code wait} for its next one, or fails for good
	 * after the last.
	 */
	void failed(String error, Instant now, Duration wait, int maxTries) {
		this.lastError = (error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
		this.sendingSince = null;
		if (this.tries >= maxTries) {
			this.state = MailState.FAILED;
		}
		else {
			this.state = MailState.PENDING;
			this.nextTryAt = now.plus(wait);
		}
	}

	void sent(Instant now) {
		this.state = MailState.SENT;
		this.sentAt = now;
		this.sendingSince = null;
		this.lastError = null;
	}

	/**
	 * The Secretariat tries a failed message again: it gets its tries anew.
	 */
	void retry(Instant now) {
		this.state = MailState.PENDING;
		this.tries = 0;
		this.nextTryAt = now;
	}

	MailMessageView toView() {
		return new MailMessageView(this.id, this.kind, this.recipientName, this.recipientAddress, this.subject,
				this.textBody, this.link, this.state, this.tries, this.createdAt, this.nextTryAt, this.sentAt,
				this.lastError);
	}

	Long getId() {
		return this.id;
	}

	String getMessageId() {
		return this.messageId;
	}

	String getRecipientAddress() {
		return this.recipientAddress;
	}

	String getRecipientName() {
		return this.recipientName;
	}

	String getSubject() {
		return this.subject;
	}

	String getTextBody() {
		return this.textBody;
	}

	String getHtmlBody() {
		return this.htmlBody;
	}

	MailState getState() {
		return this.state;
	}

	int getTries() {
		return this.tries;
	}

}
