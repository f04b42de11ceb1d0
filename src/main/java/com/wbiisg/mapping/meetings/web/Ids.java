package com.wbiisg.mapping.meetings.web;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Reads ids, positions and versions that forms send as text, naming the field of one that
 * cannot be read.
 */
final class Ids {

	private Ids() {
	}

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

	static List<Long> all(List<FieldProblem> problems, String field, @Nullable List<String> texts) {
		List<Long> ids = new ArrayList<>();
		for (String text : (texts == null) ? List.<String>of() : texts) {
			Long id = one(problems, field, text);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * The version a form was loaded with; one that cannot be read is stale (-1).
	 */
	static long version(@Nullable String text) {
		String value = (text == null) ? "" : text.trim();
		return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
	}

}
