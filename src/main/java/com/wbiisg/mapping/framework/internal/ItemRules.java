package com.wbiisg.mapping.framework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an item's texts and for the code of a pillar.
 */
final class ItemRules {

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_REFERENCE = 200;

	private static final Pattern TOP_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

	private ItemRules() {
	}

	/**
	 * The code of a new pillar: the one requested, or one made from the first three
	 * letters of its title, numbered when that is taken.
	 */
	static String topLevelCode(@Nullable String requested, String title, Predicate<String> taken) {
		if (requested != null && !requested.isBlank()) {
			String code = requested.trim().toUpperCase(Locale.ROOT);
			if (!TOP_CODE.matcher(code).matches()) {
				throw new InvalidInputException("code", UserText.of("framework.item.pillarCode"));
			}
			if (taken.test(code)) {
				throw new InvalidInputException("code", UserText.of("framework.item.codeTaken", code));
			}
			return code;
		}
		String letters = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
		String base = (letters.length() >= 3) ? letters.substring(0, 3) : "P";
		String code = base;
		for (int n = 2; taken.test(code); n++) {
			code = base + n;
		}
		return code;
	}

	static void checkTexts(@Nullable String title, @Nullable String description, @Nullable String reference) {
		List<FieldProblem> problems = textProblems(title, description, reference);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static List<FieldProblem> textProblems(@Nullable String title, @Nullable String description,
			@Nullable String reference) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", UserText.of("framework.item.titleRequired")));
		}
		else if (title.trim().length() > MAX_TITLE) {
			problems
				.add(new FieldProblem("title", UserText.of("framework.item.titleTooLong", String.valueOf(MAX_TITLE))));
		}
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description",
					UserText.of("framework.item.descriptionTooLong", String.valueOf(MAX_DESCRIPTION))));
		}
		if (reference != null && reference.length() > MAX_REFERENCE) {
			problems.add(new FieldProblem("reference",
					UserText.of("framework.item.referenceTooLong", String.valueOf(MAX_REFERENCE))));
		}
		return problems;
	}

}
