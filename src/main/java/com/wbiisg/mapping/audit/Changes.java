package com.wbiisg.mapping.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a change did to a record, field by field. Fields whose value stayed the same are
 * left out.
 */
public final class Changes {

	private final List<String> lines = new ArrayList<>();

	private Changes() {
	}

	public static Changes of() {
		return new Changes();
	}

	/**
	 * Records a field that was set on a new record.
	 */
	public Changes set(String field, @Nullable Object value) {
		if (value != null && !String.valueOf(value).isEmpty()) {
			this.lines.add(field + ": " + quote(value));
		}
		return this;
	}

	/**
	 * Records a field whose value went from {@code before} to {@code after}, if it
	 * changed.
	 */
	public Changes field(String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(normalise(before), normalise(after))) {
			this.lines.add(field + ": " + quote(before) + " \u2192 " + quote(after));
		}
		return this;
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	@Override
	public String toString() {
		return String.join("\n", this.lines);
	}

	private static @Nullable Object normalise(@Nullable Object value) {
		return (value instanceof String text && text.isEmpty()) ? null : value;
	}

	private static String quote(@Nullable Object value) {
		return (value == null) ? "(none)" : "\"" + value + "\"";
	}

}
