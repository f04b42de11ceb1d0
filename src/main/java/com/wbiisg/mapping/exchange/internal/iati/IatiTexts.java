package com.wbiisg.mapping.exchange.internal.iati;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Chooses among the languages of an IATI text: English when there is one, else the first
 * given.
 */
final class IatiTexts {

	private IatiTexts() {
	}

	static @Nullable String preferred(Map<String, String> byLanguage) {
		for (Map.Entry<String, String> text : byLanguage.entrySet()) {
			if (text.getKey().equals("en") || text.getKey().startsWith("en-")) {
				return text.getValue();
			}
		}
		return byLanguage.values().stream().findFirst().orElse(null);
	}

}
