package com.wbiisg.mapping.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles outside a request: those named by {@code spring.messages.basename}
 * in {@code application.properties}, the one place that lists them, read as Spring Boot
 * reads them for the application's message source (UTF-8, English when a language lacks a
 * text).
 */
public final class MessageBundles {

	private static final String BASENAMES = "spring.messages.basename";

	private static final ResourceBundleMessageSource SOURCE = source();

	private MessageBundles() {
	}

	/**
	 * The bundles' base names, such as {@code messages/needs}.
	 */
	public static List<String> basenames() {
		Properties properties = new Properties();
		try (InputStream in = MessageBundles.class.getResourceAsStream("/application.properties")) {
			if (in == null) {
				throw new IllegalStateException("application.properties is not on the class path");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(properties.getProperty(BASENAMES, "").split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	/**
	 * The text in that language, or its key where no bundle has it (a test keeps every
	 * key used in the code in the bundles).
	 */
	static String text(MessageSourceResolvable text, Locale locale) {
		try {
			return SOURCE.getMessage(text, locale);
		}
		catch (NoSuchMessageException ex) {
			return String.join(",", (text.getCodes() != null) ? text.getCodes() : new String[0]);
		}
	}

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
