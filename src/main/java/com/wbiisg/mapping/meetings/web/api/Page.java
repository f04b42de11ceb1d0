package com.wbiisg.mapping.meetings.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list that can grow (API.md): {@code {"items":[…],"total":N}}.
 */
record Page<T>(List<T> items, long total) {

	static final int MAX_SIZE = 500;

	static <T> Page<T> of(List<T> all, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", UserText.of("meetings.api.pageRange", MAX_SIZE));
		}
		long from = Math.min((long) page * size, all.size());
		long to = Math.min(from + size, all.size());
		return new Page<>(all.subList((int) from, (int) to), all.size());
	}

	/**
	 * A date of a request, failing with 422 on one that cannot be read.
	 */
	static @Nullable LocalDate date(String field, @Nullable String text) {
		try {
			return Inputs.date(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, UserText.of("shared.field.date"));
		}
	}

}
