package com.wbiisg.mapping.exchange;

import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * An upload of a kind of file no importer reads.
 */
public class UnknownImportKindException extends RuntimeException {

	private final UserText text;

	/**
	 * @param kind the kind the upload named
	 * @param known the kinds that can be imported, as named in the API
	 */
	public UnknownImportKindException(@Nullable String kind, Set<String> known) {
		this(UserText.of("exchange.import.unknownKind", String.valueOf(kind), String.join(", ", new TreeSet<>(known))));
	}

	private UnknownImportKindException(UserText text) {
		super(text.english());
		this.text = text;
	}

	/**
	 * Why, as a text of the bundles.
	 */
	public UserText text() {
		return this.text;
	}

}
