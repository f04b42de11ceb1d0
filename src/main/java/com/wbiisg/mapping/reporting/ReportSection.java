package com.wbiisg.mapping.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sections of a report, in the order of its contents list: each has an anchor on the
 * report page and a comment thread of its own.
 */
public enum ReportSection {

	SUMMARY("Executive summary"), NEEDS("Needs by pillar and objective"), GAPS("Gaps"), OVERLAPS("Overlaps"),
	FUNDING("Funding"), PROJECTS("Projects"), ANNEXES("Annexes");

	private final String title;

	ReportSection(String title) {
		this.title = title;
	}

	/**
	 * The section's key in addresses and comment target ids, such as {@code gaps}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The English title, for comment targets named outside a page.
	 */
	public String title() {
		return this.title;
	}

	public static Optional<ReportSection> ofKey(String key) {
		return Arrays.stream(values()).filter((section) -> section.key().equals(key)).findFirst();
	}

}
