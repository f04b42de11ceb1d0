package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a need's content, collecting every problem before failing: those of its
 * fields are written on {@link NeedInput}; here the count of its references, which is
 * known once they are told apart.
 */
final class NeedRules {

	private NeedRules() {
	}

	/**
	 * The content of {@code input}, trimmed and normalised.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong, after the problems already in {@code problems}
	 */
	static NeedContent check(NeedInput input, List<FieldProblem> problems) {
		problems.addAll(RecordValidation.problems(input));
		List<String> references = references(input.references(), problems);
		InvalidInputException.throwIfAny(problems);
		return new NeedContent(Inputs.text(input.title()), Inputs.text(input.description()), input.type(),
				input.perspective(), input.priority(), Inputs.text(input.institution()), input.estimatedCostEur(),
				input.timeframe(), input.timeframeStart(), input.timeframeEnd(), references, input.restricted());
	}

	/**
	 * The references told apart, a tag in its name; one that is too long is the problem
	 * of its own check and not counted.
	 */
	private static List<String> references(@Nullable List<String> given, List<FieldProblem> problems) {
		Set<String> references = new LinkedHashSet<>();
		for (String reference : (given == null) ? List.<String>of() : given) {
			String trimmed = Inputs.text(reference);
			if (trimmed == null || trimmed.length() > NeedInput.MAX_REFERENCE) {
				continue;
			}
			String tag = trimmed.toUpperCase(Locale.ROOT).replace(' ', '_');
			references.add(ReferenceTag.names().contains(tag) ? tag : trimmed);
		}
		if (references.size() > NeedInput.MAX_REFERENCES) {
			problems.add(new FieldProblem("references",
					UserText.of("needs.need.tooManyReferences", NeedInput.MAX_REFERENCES)));
		}
		return new ArrayList<>(references);
	}

}
