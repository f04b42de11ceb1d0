package com.wbiisg.mapping.notifications.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages due, a batch at a time over one connection: each is first marked as
 * handed to the server (in its own transaction, so that no other node takes it), then
 * sent, then marked sent; a refusal or an unreachable server leaves it pending for a
 * later try, waiting longer each time, and fails it after the last. A message whose
 * answer never came because the node stopped goes again after
 * {@code iisg.mail.sending-timeout}, with the same {@code Message-ID}; a message the
 * server accepted is never sent again. Without a mail server nothing is sent and the
 * messages stay in the outbox.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailMessageRepository messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailDelivery(MailMessageRepository messages, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.messages = messages;
		this.sender = sender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.sender.getIfAvailable() == null) {
			log.info("No mail server is set (spring.mail.host): mails are kept in the outbox, not sent");
		}
	}

	@Scheduled(initialDelayString = "${iisg.mail.poll-interval:5s}", fixedDelayString = "${iisg.mail.poll-interval:5s}")
	void sendDue() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult(
				(status) -> this.messages.releaseUnanswered(now.minus(this.properties.sendingTimeout())));
		int sent;
		do {
			List<Long> due = this.transactions
				.execute((status) -> this.messages.due(now, PageRequest.of(0, this.properties.batchSize())));
			sent = (due == null) ? 0 : send(mail, due);
		}
		while (sent == this.properties.batchSize());
	}

	/**
	 * Sends the messages of a batch that no other node took first, over one connection to
	 * the server; answers how many were due.
	 */
	private int send(JavaMailSender mail, List<Long> due) {
		Map<MimeMessage, Long> batch = new LinkedHashMap<>();
		for (Long id : due) {
			MailMessage message = this.transactions
				.execute((status) -> (this.messages.take(id, this.clock.instant()) == 1)
						? this.messages.findById(id).orElse(null) : null);
			if (message == null) {
				continue;
			}
			try {
				batch.put(mime(mail, message), id);
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				failed(id, message, describe(ex));
			}
		}
		if (batch.isEmpty()) {
			return due.size();
		}
		Map<Object, Exception> refused = Map.of();
		try {
			mail.send(batch.keySet().toArray(new MimeMessage[0]));
		}
		catch (MailSendException ex) {
			refused = ex.getFailedMessages();
		}
		catch (MailException ex) {
			refused = new java.util.HashMap<>();
			for (MimeMessage mime : batch.keySet()) {
				refused.put(mime, ex);
			}
		}
		for (Map.Entry<MimeMessage, Long> entry : batch.entrySet()) {
			long id = entry.getValue();
			Exception error = refused.get(entry.getKey());
			if (error == null) {
				this.transactions.executeWithoutResult(
						(status) -> this.messages.findById(id).ifPresent((sent) -> sent.sent(this.clock.instant())));
			}
			else {
				this.messages.findById(id).ifPresent((message) -> failed(id, message, describe(error)));
			}
		}
		return due.size();
	}

	private void failed(long id, MailMessage message, String error) {
		log.warn("Mail {} to {} not sent (try {} of {}): {}", id, message.getRecipientAddress(), message.getTries(),
				this.properties.maxTries(), error);
		this.transactions.executeWithoutResult((status) -> this.messages.findById(id)
			.ifPresent((failed) -> failed.failed(error, this.clock.instant(),
					this.properties.waitAfter(failed.getTries()), this.properties.maxTries())));
	}

	/**
	 * The message as sent: text and HTML alternatives, the sender of
	 * {@code iisg.mail.from}, and its own {@code Message-ID}, which Jakarta Mail would
	 * otherwise make anew on every try.
	 */
	private MimeMessage mime(JavaMailSender mail, MailMessage message)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = new KeptIdMessage(mail.createMimeMessage(), message.getMessageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(new InternetAddress(this.properties.from()));
		helper.setTo(new InternetAddress(message.getRecipientAddress(), message.getRecipientName(),
				StandardCharsets.UTF_8.name()));
		helper.setSubject(message.getSubject());
		helper.setText(message.getTextBody(), message.getHtmlBody());
		helper.setSentDate(java.util.Date.from(this.clock.instant()));
		return mime;
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable cause = ex.getCause();
		while (cause != null && text.length() < MailMessage.ERROR_LENGTH) {
			text.append(": ").append(cause.getMessage());
			cause = cause.getCause();
		}
		return text.toString();
	}

	/**
	 * A message that keeps the {@code Message-ID} it was given.
	 */
	private static final class KeptIdMessage extends MimeMessage {

		private final String messageId;

		KeptIdMessage(MimeMessage from, String messageId) throws MessagingException {
			super((Session) from.getSession());
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
