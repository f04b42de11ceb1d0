package com.wbiisg.mapping.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.wbiisg.mapping.shared.UserText;

/**
 * The sections of a report, in the order of its contents list: each has an anchor on the
 * report page and a comment thread of its own.
 */
public enum ReportSection {

	SUMMARY, NEEDS, GAPS, OVERLAPS, FUNDING, PROJECTS, ANNEXES;

	/**
	 * The section's key in addresses and comment target ids, such as {@code gaps}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The section's title, for comment targets named outside a page; the pages and files
	 * read the same {@code reporting.section.*} texts.
	 */
	public UserText title() {
		return switch (this) {
			case SUMMARY -> UserText.of("reporting.section.SUMMARY");
			case NEEDS -> UserText.of("reporting.section.NEEDS");
			case GAPS -> UserText.of("reporting.section.GAPS");
			case OVERLAPS -> UserText.of("reporting.section.OVERLAPS");
			case FUNDING -> UserText.of("reporting.section.FUNDING");
			case PROJECTS -> UserText.of("reporting.section.PROJECTS");
			case ANNEXES -> UserText.of("reporting.section.ANNEXES");
		};
	}

	public static Optional<ReportSection> ofKey(String key) {
		return Arrays.stream(values()).filter((section) -> section.key().equals(key)).findFirst();
	}

}
