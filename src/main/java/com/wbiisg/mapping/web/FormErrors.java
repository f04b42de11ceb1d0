package com.wbiisg.mapping.web;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.validation.BindingResult;

/**
 * Puts the domain's field problems onto a page form, so the page shows them next to the
 * fields.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			// A text of the bundles is resolved in the reader's language where the page
			// shows
			// it; the English words are the default of the problems not moved there yet.
			UserText text = problem.text();
			String code = (text != null) ? text.key() : "invalid";
			Object[] arguments = (text != null) ? text.getArguments() : null;
			if (result.getTarget() != null && isField(result, problem.field())) {
				result.rejectValue(problem.field(), code, arguments, problem.message());
			}
			else {
				result.reject(code, arguments, problem.message());
			}
		}
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
