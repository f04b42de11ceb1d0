package com.wbiisg.mapping.notifications.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.identity.MailRecipient;
import com.wbiisg.mapping.shared.UserText;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notice as a mail: a subject that says what happened, the recipient's name, the
 * paragraphs, one link to the page where it is seen or done, and a footer that says why
 * the recipient gets it; as plain text and as HTML (the template {@code mail/notice}).
 * Every link starts with {@code iisg.public-url}. Line breaks are taken out of the
 * subject and the names, so that no text of a user can add a header.
 */
@Component
class MailWriting {

	static final String TEMPLATE = "mail/notice";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String publicUrl;

	MailWriting(ITemplateEngine templates, MessageSource messages,
			@Value("${iisg.public-url:http://localhost:8080}") String publicUrl) {
		this.templates = templates;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The mail of a notice to its recipient.
	 * @param key the message's key: the same key is kept once
	 * @param path the page of the platform the link opens, from its root
	 */
	MailDraft write(String key, String kind, MailRecipient to, UserText subject, List<UserText> paragraphs, String path,
			UserText why) {
		Locale locale = Locale.ENGLISH;
		String name = oneLine(to.displayName());
		String title = oneLine(text(subject, locale));
		String greeting = text(UserText.of("notifications.mail.greeting", name), locale);
		List<String> lines = paragraphs.stream().map((paragraph) -> text(paragraph, locale)).toList();
		String link = this.publicUrl + path;
		String open = text(UserText.of("notifications.mail.open"), locale);
		String footer = text(why, locale);
		String preferences = this.publicUrl + "/notifications";
		StringBuilder plain = new StringBuilder(greeting).append("\n\n");
		lines.forEach((line) -> plain.append(line).append("\n\n"));
		plain.append(open)
			.append(": ")
			.append(link)
			.append("\n\n-- \n")
			.append(footer)
			.append('\n')
			.append(preferences)
			.append('\n');
		Context context = new Context(locale);
		context.setVariable("title", title);
		context.setVariable("greeting", greeting);
		context.setVariable("paragraphs", lines);
		context.setVariable("link", link);
		context.setVariable("open", open);
		context.setVariable("footer", footer);
		context.setVariable("preferences", preferences);
		String html = this.templates.process(TEMPLATE, context);
		return new MailDraft(key, kind, to.accountId(), oneLine(to.email()), name, title, plain.toString(), html, link);
	}

	/**
	 * The host name that the Message-IDs of this platform end with.
	 */
	String host() {
		String host = URI.create(this.publicUrl).getHost();
		return (host == null) ? "localhost" : host;
	}

	private String text(UserText text, Locale locale) {
		return this.messages.getMessage(text, locale);
	}

	/**
	 * The text on one line: carriage returns, line feeds and other control characters
	 * become spaces.
	 */
	static String oneLine(String text) {
		return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").trim();
	}

}
