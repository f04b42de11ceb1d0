package com.wbiisg.mapping.exchange;

import java.util.List;

/**
 * What confirming an uploaded file would do: the counts of the API's {@code preview}
 * object, every error with its place, and the items one by one.
 */
public record ImportPreview(int create, int update, int unchanged, int skip, List<ImportError> errors,
		List<ImportItem> items) {

	public ImportPreview {
		errors = List.copyOf(errors);
		items = List.copyOf(items);
	}

}
