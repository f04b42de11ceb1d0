package com.wbiisg.mapping.meetings.web;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.DigitsText;
import org.jspecify.annotations.Nullable;

/**
 * Reads ids, positions and versions that forms send as text, naming the field of one that
 * cannot be read.
 */
final class Ids {

	/**
	 * The message of an id that is not one of a list's.
	 */
	static final String CHOOSE = "{meetings.chooseFromList}";

	private Ids() {
	}

	/**
	 * The id a form's field checked by {@link DigitsText} names; null when none is
	 * chosen.
	 */
	static @Nullable Long id(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : Long.valueOf(text.trim());
	}

	/**
	 * The ids of a list checked by {@link DigitsText}, the blank ones left out.
	 */
	static List<Long> all(@Nullable List<String> texts) {
		List<Long> ids = new ArrayList<>();
		for (String text : (texts == null) ? List.<String>of() : texts) {
			Long id = id(text);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * The id in a part of a field's text, naming the field when it is none.
	 */
	static @Nullable Long one(List<FieldProblem> problems, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.trim().matches("\\d{1,18}")) {
			problems.add(new FieldProblem(field, UserText.of("meetings.chooseFromList")));
			return null;
		}
		return Long.valueOf(text.trim());
	}

	/**
	 * The version a form was loaded with; one that cannot be read is stale (-1).
	 */
	static long version(@Nullable String text) {
		String value = (text == null) ? "" : text.trim();
		return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
	}

}
