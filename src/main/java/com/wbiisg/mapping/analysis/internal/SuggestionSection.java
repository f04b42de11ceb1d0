package com.wbiisg.mapping.analysis.internal;

import java.util.List;

/**
 * What the suggestion section of a need's or a project's page shows: whether it shows at
 * all, and each suggestion with whether the reader may link it with one click.
 */
public record SuggestionSection(long sourceId, boolean shown, List<Row> rows) {

	static SuggestionSection hidden(long sourceId) {
		return new SuggestionSection(sourceId, false, List.of());
	}

	/**
	 * One suggested project or need.
	 */
	public record Row(long id, String title, double score, boolean linkable) {
	}

}
