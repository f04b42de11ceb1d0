package com.wbiisg.mapping.framework.internal;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The rule for the code of a new pillar, which reads the codes the version has taken; the
 * checks of an item's texts are written on
 * {@link com.wbiisg.mapping.framework.ItemInput}.
 */
final class ItemRules {

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

}
