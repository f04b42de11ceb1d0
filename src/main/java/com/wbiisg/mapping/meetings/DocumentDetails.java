package com.wbiisg.mapping.meetings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A methodology or key document with its versions, newest first.
 */
public record DocumentDetails(long id, DocumentKind kind, String title, @Nullable String description,
		List<DocumentVersionView> versions) {
}
