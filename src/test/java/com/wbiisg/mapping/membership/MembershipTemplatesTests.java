package com.wbiisg.mapping.membership;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership templates take every visible text from the message bundles, and every
 * key they use exists.
 */
class MembershipTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/membership");

	private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<[^>]+>|[^<]+", Pattern.DOTALL);

	private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z0-9:-]+)");

	private static final Pattern REPLACES_BODY = Pattern.compile("\\sth:(text|utext|errors|replace|insert)=");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|title|alt|aria-label)=\"[^\"]*\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]|msg\\('([a-zA-Z0-9_.]+)'");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "!doctype");

	@Test
	void haveNoLiteralTextOutsideMessages() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			literals.addAll(literalTexts(template));
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void useOnlyMessageKeysThatExist() throws IOException {
		Properties messages = bundle("messages/membership.properties");
		messages.putAll(bundle("messages/web.properties"));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (keys.find()) {
				String key = (keys.group(1) != null) ? keys.group(1) : keys.group(2);
				if (!key.endsWith(".") && !messages.containsKey(key)) {
					missing.add(template.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void labelEveryCategoryAndIatiType() throws IOException {
		Properties messages = bundle("messages/membership.properties");
		assertThat(Stream.of(MemberCategory.values()).map((c) -> "membership.category." + c))
			.allMatch(messages::containsKey);
		assertThat(Stream.of(IatiOrganisationType.values()).map((t) -> "membership.type." + t))
			.allMatch(messages::containsKey);
		assertThat(Stream.of(IatiOrganisationType.values()))
			.allMatch((t) -> messages.getProperty("membership.type." + t).equals(t.label()));
	}

	private static List<String> literalTexts(Path template) throws IOException {
		List<String> literals = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher tokens = TOKEN.matcher(Files.readString(template, StandardCharsets.UTF_8));
		while (tokens.find()) {
			String token = tokens.group();
			if (token.startsWith("<!--")) {
				continue;
			}
			if (token.startsWith("<")) {
				Matcher name = TAG_NAME.matcher(token);
				String tag = name.find() ? name.group(1).toLowerCase() : "";
				if (LITERAL_ATTRIBUTE.matcher(token).find()) {
					literals.add(template.getFileName() + ": " + token);
				}
				if (token.startsWith("</")) {
					replaced.poll();
				}
				else if (!token.endsWith("/>") && !VOID.contains(tag) && !token.startsWith("<!")) {
					// The root element's th:replace swaps in the layout, which still
					// shows this page's section.
					boolean body = !"html".equals(tag) && REPLACES_BODY.matcher(token).find();
					replaced.push(body || replaced.contains(Boolean.TRUE));
				}
			}
			else if (token.codePoints().anyMatch(Character::isLetterOrDigit) && !replaced.contains(Boolean.TRUE)) {
				literals.add(template.getFileName() + ": " + token.strip());
			}
		}
		return literals;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MembershipTemplatesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
