package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a need's content, collecting every problem before failing.
 */
final class NeedRules {

	private static final BigDecimal MAX_COST = new BigDecimal("1000000000000");

	private NeedRules() {
	}

	/**
	 * The content of {@code input}, trimmed and normalised.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong
	 */
	static NeedContent check(NeedInput input, List<FieldProblem> problems) {
		String title = FieldChecks.required(problems, "title", input.title(), 300);
		String description = FieldChecks.optional(problems, "description", input.description(), 4000);
		String institution = FieldChecks.optional(problems, "institution", input.institution(), 300);
		if (input.type() == null) {
			problems.add(new FieldProblem("type", "Choose legislative, institutional or operational."));
		}
		if (input.perspective() == null) {
			problems.add(new FieldProblem("perspective", "Choose prevention or response."));
		}
		if (input.priority() == null) {
			problems.add(new FieldProblem("priority", "Choose high, medium or low."));
		}
		BigDecimal cost = input.estimatedCostEur();
		if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0)) {
			problems
				.add(new FieldProblem("estimatedCostEur", "The cost is an amount in EUR from 0 to under 1 trillion."));
		}
		else if (cost != null && cost.scale() > 2) {
			problems.add(new FieldProblem("estimatedCostEur", "The cost has at most two decimals."));
		}
		if (input.timeframeStart() != null && input.timeframeEnd() != null
				&& input.timeframeEnd().isBefore(input.timeframeStart())) {
			problems.add(new FieldProblem("timeframeEnd", "The end date is before the start date."));
		}
		List<String> references = references(input.references(), problems);
		FieldChecks.throwIfAny(problems);
		return new NeedContent(title, description, input.type(), input.perspective(), input.priority(), institution,
				cost, input.timeframe(), input.timeframeStart(), input.timeframeEnd(), references, input.restricted());
	}

	private static List<String> references(@Nullable List<String> given, List<FieldProblem> problems) {
		Set<String> references = new LinkedHashSet<>();
		for (String reference : (given == null) ? List.<String>of() : given) {
			if (reference == null || reference.isBlank()) {
				continue;
			}
			String trimmed = reference.trim();
			String tag = trimmed.toUpperCase(Locale.ROOT).replace(' ', '_');
			if (trimmed.length() > 100) {
				problems.add(new FieldProblem("references", "A reference has at most 100 characters."));
			}
			else {
				references.add(ReferenceTag.names().contains(tag) ? tag : trimmed);
			}
		}
		if (references.size() > 10) {
			problems.add(new FieldProblem("references", "At most 10 references."));
		}
		return new ArrayList<>(references);
	}

}
