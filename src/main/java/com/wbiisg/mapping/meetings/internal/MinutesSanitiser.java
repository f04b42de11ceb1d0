package com.wbiisg.mapping.meetings.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Keeps of the minutes' HTML only what formats text: paragraphs, headings, lists, tables,
 * emphasis and links to web and mail addresses. Scripts, styles, event handlers and
 * {@code javascript:} (or any other non-web) links are removed, with jsoup's safelist
 * cleaner. Text without any tag is taken as paragraphs and line breaks. The minutes are
 * cleaned when they are stored and again when they are shown.
 */
public final class MinutesSanitiser {

	public static final int MAX_LENGTH = 100_000;

	private static final Safelist FORMATTING = Safelist.basic()
		.addTags("h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr")
		.addAttributes("th", "scope", "colspan", "rowspan")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("ol", "start");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private MinutesSanitiser() {
	}

	/**
	 * The minutes with only safe formatting left, or null when nothing is left.
	 */
	public static @Nullable String clean(@Nullable String minutes) {
		if (minutes == null || minutes.isBlank()) {
			return null;
		}
		String html = minutes.contains("<") ? minutes : paragraphs(minutes);
		String clean = Jsoup.clean(html, "", FORMATTING, OUTPUT).strip();
		return Jsoup.parse(clean).text().isBlank() ? null : clean;
	}

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>")
				.append(org.jsoup.nodes.Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
				.append("</p>");
		}
		return html.toString();
	}

}
