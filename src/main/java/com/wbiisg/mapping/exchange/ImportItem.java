package com.wbiisg.mapping.exchange;

import org.jspecify.annotations.Nullable;

/**
 * What confirming would do with one row or activity of a file.
 *
 * @param action what happens to it
 * @param key what identifies it in the file (a need id or code, an IATI identifier)
 * @param label its title, for the preview list
 * @param reason why it is skipped, or {@code null}
 * @param recordId the existing need or project it updates, or {@code null}
 */
public record ImportItem(Action action, String key, String label, @Nullable String reason, @Nullable Long recordId) {

	public enum Action {

		CREATE, UPDATE, UNCHANGED, SKIP

	}

}
