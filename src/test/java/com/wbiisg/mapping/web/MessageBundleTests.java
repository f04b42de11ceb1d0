package com.wbiisg.mapping.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.wbiisg.mapping.exchange.ExportKind;
import com.wbiisg.mapping.exchange.ImportItem;
import com.wbiisg.mapping.exchange.JobStatus;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSection;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from the message bundles: no literal text in templates, every
 * key a template or a class uses exists, every key is used, no key is declared by two
 * modules, and translations keep the same keys.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern BUILT_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+\\.)__");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*)'");

	private static final Pattern STRING_KEY = Pattern.compile("\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*)\"");

	private static final Pattern USER_TEXT = Pattern.compile("UserText\\s*\\.of\\(\\s*\"([^\"]+)\"");

	/**
	 * The key of a record's name, such as {@code RecordType.of(RECORD,
	 * "needs.record.need")}.
	 */
	private static final Pattern RECORD_TYPE = Pattern
		.compile("RecordType\\s*\\.of\\(\\s*(?:\"[^\"]*\"|[^,\"()]+)\\s*,\\s*\"([^\"]+)\"");

	/**
	 * The message of a Bean Validation constraint, such as {@code message =
	 * "{needs.need.typeRequired}"}.
	 */
	private static final Pattern CONSTRAINT_MESSAGE = Pattern
		.compile("\"\\{([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*)\\}\"");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:errors",
			"sec:authentication");

	/**
	 * The enumerations whose values the pages show, by the prefix of their labels.
	 */
	private static final Map<String, Class<? extends Enum<?>>> ENUM_LABELS = Map.ofEntries(
			Map.entry("framework.status.", FrameworkStatus.class),
			Map.entry("membership.category.", MemberCategory.class),
			Map.entry("membership.type.", IatiOrganisationType.class), Map.entry("identity.role.", Role.class),
			Map.entry("framework.level.", ItemLevel.class), Map.entry("needs.reference.", ReferenceTag.class),
			Map.entry("needs.status.", NeedStatus.class), Map.entry("needs.type.", NeedType.class),
			Map.entry("needs.perspective.", Perspective.class), Map.entry("needs.priority.", Priority.class),
			Map.entry("needs.timeframe.", Timeframe.class), Map.entry("needs.action.", NeedAction.class),
			Map.entry("needs.cycle.status.", CycleStatus.class), Map.entry("responses.status.", ProjectStatus.class),
			Map.entry("responses.role.", OrganisationRole.class), Map.entry("responses.stage.", FundingStage.class),
			Map.entry("responses.coverage.", Coverage.class), Map.entry("reporting.kind.", ReportKind.class),
			Map.entry("reporting.status.", ReportStatus.class), Map.entry("reporting.action.", ReportAction.class),
			Map.entry("reporting.section.", ReportSection.class), Map.entry("meetings.kind.", MeetingKind.class),
			Map.entry("meetings.format.", MeetingFormat.class), Map.entry("meetings.status.", MeetingStatus.class),
			Map.entry("meetings.decisionKind.", DecisionKind.class),
			Map.entry("meetings.actionStatus.", ActionStatus.class),
			Map.entry("meetings.reference.", ReferenceKind.class),
			Map.entry("meetings.documentKind.", DocumentKind.class),
			Map.entry("meetings.flash.actionStatus.", ActionStatus.class),
			Map.entry("meetings.actions.mark.", ActionStatus.class), Map.entry("exchange.status.", JobStatus.class),
			Map.entry("exchange.exportStatus.", JobStatus.class),
			Map.entry("exchange.action.", ImportItem.Action.class));

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt",
			"data-confirm");

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && hasLetters(element.attr(attribute))) {
						literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
				for (TextNode text : element.textNodes()) {
					String value = text.text().strip();
					if (hasLetters(value) && !replacedByThymeleaf(element)) {
						literals
							.add(TEMPLATES.relativize(template) + ": \"" + value + "\" in <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(literals).as("literal texts; put them in a message bundle").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Map<String, String> messages = allMessages();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		ENUM_LABELS.forEach((prefix, type) -> {
			for (Enum<?> constant : type.getEnumConstants()) {
				if (!messages.containsKey(prefix + constant.name())) {
					missing.add(prefix + constant.name());
				}
			}
		});
		for (NeedAction action : NeedAction.values()) {
			if (!messages.containsKey("needs.flash." + action)) {
				missing.add("needs.flash." + action);
			}
		}
		for (String kind : ExportKind.apiNames()) {
			if (!messages.containsKey("exchange.kind." + kind)) {
				missing.add("exchange.kind." + kind);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTheCodeExists() throws IOException {
		Map<String, String> messages = allMessages();
		Set<String> missing = new TreeSet<>();
		for (Path source : sources()) {
			String text = Files.readString(source);
			for (Pattern pattern : List.of(USER_TEXT, RECORD_TYPE, CONSTRAINT_MESSAGE)) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(SOURCES.relativize(source) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing)
			.as("keys of UserText.of(…), of RecordType.of(…) and of constraints' messages missing from the bundles")
			.isEmpty();
	}

	/**
	 * A key is used where a template or a class names it, or where one builds it from a
	 * prefix ({@code 'needs.status.' + status}, {@code "exchange.kind." + kind}).
	 */
	@Test
	void everyKeyOfTheBundlesIsUsed() throws IOException {
		Set<String> named = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			collect(KEY.matcher(text), named, prefixes);
			collect(BUILT_KEY.matcher(text), named, prefixes);
			collect(QUOTED_KEY.matcher(text), named, prefixes);
		}
		for (Path source : sources()) {
			String text = Files.readString(source);
			collect(STRING_KEY.matcher(text), named, prefixes);
			collect(CONSTRAINT_MESSAGE.matcher(text), named, prefixes);
		}
		Set<String> unused = new TreeSet<>();
		for (String key : allMessages().keySet()) {
			if (!named.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
				unused.add(key);
			}
		}
		assertThat(unused).as("keys that no template or class uses").isEmpty();
	}

	private static void collect(Matcher matcher, Set<String> named, Set<String> prefixes) {
		while (matcher.find()) {
			String key = matcher.group(1);
			(key.endsWith(".") ? prefixes : named).add(key);
		}
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((f) -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	@Test
	void noKeyIsDeclaredByTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (Path bundle : defaultBundles()) {
			for (String key : load(bundle).stringPropertyNames()) {
				String previous = owner.put(key, bundle.getFileName().toString());
				if (previous != null) {
					clashes.add(key + " in " + previous + " and " + bundle.getFileName());
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void translationsHaveTheSameKeysAsTheirDefaultBundle() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path translation : files.filter((f) -> f.getFileName().toString().contains("_")).toList()) {
				String name = translation.getFileName().toString();
				Path base = BUNDLES.resolve(name.substring(0, name.indexOf('_')) + ".properties");
				assertThat(load(translation).stringPropertyNames()).as(name)
					.containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
			}
		}
	}

	/**
	 * Whether Thymeleaf replaces the text; a page's root {@code th:replace} only wraps
	 * the page in the layout, which still shows the page's own fragments.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element current = element; current != null
				&& !"html".equals(current.tagName()); current = current.parent()) {
			for (String attribute : TEXT_ATTRIBUTES) {
				if (current.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static List<Path> defaultBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter((f) -> !f.getFileName().toString().contains("_")).sorted().toList();
		}
	}

	private static Map<String, String> allMessages() throws IOException {
		Map<String, String> all = new HashMap<>();
		for (Path bundle : defaultBundles()) {
			Properties properties = load(bundle);
			properties.stringPropertyNames().forEach((key) -> all.put(key, properties.getProperty(key)));
		}
		return all;
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
