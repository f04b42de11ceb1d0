package com.wbiisg.mapping.web;

import com.wbiisg.mapping.shared.InvalidInputException;

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
			if (result.getTarget() != null && isField(result, problem.field())) {
				result.rejectValue(problem.field(), "invalid", problem.message());
			}
			else {
				result.reject("invalid", problem.message());
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
