package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a need's content, collecting every problem before failing.
 */
final class NeedRules {

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_INSTITUTION = 300;

	static final int MAX_REFERENCE = 100;

	static final int MAX_REFERENCES = 10;

	private static final BigDecimal MAX_COST = new BigDecimal("1000000000000");

	private NeedRules() {
	}

	/**
	 * The content of {@code input}, trimmed and normalised.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong
	 */
	static NeedContent check(NeedInput input, List<FieldProblem> problems) {
		String title = FieldChecks.required(problems, "title", input.title(), MAX_TITLE);
		String description = FieldChecks.optional(problems, "description", input.description(), MAX_DESCRIPTION);
		String institution = FieldChecks.optional(problems, "institution", input.institution(), MAX_INSTITUTION);
		if (input.type() == null) {
			problems.add(new FieldProblem("type", UserText.of("needs.need.typeRequired")));
		}
		if (input.perspective() == null) {
			problems.add(new FieldProblem("perspective", UserText.of("needs.need.perspectiveRequired")));
		}
		if (input.priority() == null) {
			problems.add(new FieldProblem("priority", UserText.of("needs.need.priorityRequired")));
		}
		BigDecimal cost = input.estimatedCostEur();
		if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0)) {
			problems.add(new FieldProblem("estimatedCostEur", UserText.of("needs.need.costRange")));
		}
		else if (cost != null && cost.scale() > 2) {
			problems.add(new FieldProblem("estimatedCostEur", UserText.of("needs.need.costDecimals")));
		}
		if (input.timeframeStart() != null && input.timeframeEnd() != null
				&& input.timeframeEnd().isBefore(input.timeframeStart())) {
			problems.add(new FieldProblem("timeframeEnd", UserText.of("needs.need.endBeforeStart")));
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
			if (trimmed.length() > MAX_REFERENCE) {
				problems.add(new FieldProblem("references", UserText.of("needs.need.referenceTooLong", MAX_REFERENCE)));
			}
			else {
				references.add(ReferenceTag.names().contains(tag) ? tag : trimmed);
			}
		}
		if (references.size() > MAX_REFERENCES) {
			problems.add(new FieldProblem("references", UserText.of("needs.need.tooManyReferences", MAX_REFERENCES)));
		}
		return new ArrayList<>(references);
	}

}
